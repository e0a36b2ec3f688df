package dev.toitsu.workflow;

import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import dev.toitsu.workflow.domain.RequestTypePolicy;
import dev.toitsu.workflow.domain.RequestTypeRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Request types as data. Everyone sees the active types of their organization (its own, and the built-in ones it
 * has not replaced); WORKFLOW_ADMINISTER defines new ones, replaces a built-in one by defining its code, revises and
 * deactivates its own. Built-in rows are shared by every organization and never change through here.
 */
@Service
@Transactional
public class RequestTypes {

    private final RequestTypeRepository types;
    private final AuditTrail audit;

    RequestTypes(RequestTypeRepository types, AuditTrail audit) {
        this.types = types;
        this.audit = audit;
    }

    /** The types a person may apply for. */
    @Transactional(readOnly = true)
    public List<RequestType> available() {
        Actor actor = Actors.current();
        return types.visible(actor.organizationId()).stream()
                .filter(RequestType::active)
                .toList();
    }

    /** Every type of the organization, inactive ones included. Needs WORKFLOW_ADMINISTER. */
    @Transactional(readOnly = true)
    public List<RequestType> all() {
        Actor actor = Actors.require(Permission.WORKFLOW_ADMINISTER);
        return types.visible(actor.organizationId());
    }

    @Transactional(readOnly = true)
    public RequestType get(String code) {
        Actor actor = Actors.current();
        return types.byCode(actor.organizationId(), code).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    public RequestType define(RequestTypeDraft draft) {
        Actor actor = Actors.require(Permission.WORKFLOW_ADMINISTER);
        requireOrganizationWide(actor);
        RequestTypeDraft clean = RequestTypePolicy.clean(draft);
        types.byCode(actor.organizationId(), clean.code())
                .filter(t -> !t.builtIn())
                .ifPresent(t -> {
                    throw new ConflictException("workflow.type.code.taken", clean.code());
                });
        UUID id = types.insert(actor.organizationId(), clean);
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "workflow.request-type.defined",
                        "request-type",
                        id,
                        "申請の種類を定義: " + clean.code() + " " + clean.name())
                .withAfter(state(clean)));
        return types.find(id).orElseThrow();
    }

    public RequestType revise(UUID id, long version, RequestTypeDraft draft) {
        Actor actor = Actors.require(Permission.WORKFLOW_ADMINISTER);
        requireOrganizationWide(actor);
        RequestType current = own(actor, id);
        RequestTypeDraft clean = RequestTypePolicy.clean(new RequestTypeDraft(
                current.code(),
                draft.name(),
                draft.nameEn(),
                draft.description(),
                draft.descriptionEn(),
                draft.clause(),
                draft.separationFamily(),
                draft.fields(),
                draft.route(),
                draft.checks(),
                draft.hasPeriod(),
                draft.endReport(),
                draft.postHocAllowed(),
                draft.decisionDays()));
        types.revise(id, version, clean);
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "workflow.request-type.revised",
                        "request-type",
                        id,
                        "申請の種類を変更: " + current.code())
                .withBefore(Map.of("fields", current.fields(), "route", current.route(), "checks", current.checks()))
                .withAfter(state(clean)));
        return types.find(id).orElseThrow();
    }

    public RequestType deactivate(UUID id, long version) {
        return activate(id, version, false);
    }

    public RequestType reactivate(UUID id, long version) {
        return activate(id, version, true);
    }

    private RequestType activate(UUID id, long version, boolean active) {
        Actor actor = Actors.require(Permission.WORKFLOW_ADMINISTER);
        requireOrganizationWide(actor);
        RequestType current = own(actor, id);
        types.activate(id, version, active);
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        active ? "workflow.request-type.reactivated" : "workflow.request-type.deactivated",
                        "request-type",
                        id,
                        (active ? "申請の種類を有効化: " : "申請の種類を無効化: ") + current.code())
                .withBefore(Map.of("active", current.active()))
                .withAfter(Map.of("active", active)));
        return types.find(id).orElseThrow();
    }

    private RequestType own(Actor actor, UUID id) {
        RequestType type = types.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (type.builtIn()) {
            throw new DomainException("workflow.type.builtIn");
        }
        if (!type.organizationId().equals(actor.organizationId())) {
            throw new NotFoundException("error.notFound");
        }
        return type;
    }

    private static void requireOrganizationWide(Actor actor) {
        if (!actor.canOrganizationWide(Permission.WORKFLOW_ADMINISTER)) {
            throw new dev.toitsu.shared.AccessDeniedException("error.forbidden");
        }
    }

    private static Map<String, Object> state(RequestTypeDraft d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code());
        m.put("name", d.name());
        m.put("separationFamily", d.separationFamily());
        m.put("fields", d.fields());
        m.put("route", d.route());
        m.put("checks", d.checks());
        m.put("hasPeriod", d.hasPeriod());
        m.put("endReport", d.endReport());
        m.put("postHocAllowed", d.postHocAllowed());
        m.put("decisionDays", d.decisionDays());
        return m;
    }
}
