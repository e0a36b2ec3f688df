package dev.toitsu.violation;

import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.organization.OrganizationDirectory;
import dev.toitsu.organization.PersonProfile;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.FiscalYear;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import dev.toitsu.violation.domain.ViolationRepository;
import dev.toitsu.workflow.Notifications;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 001 1.2.1.3(1): (a) staff report a serious violation to the 情報セキュリティ責任者; (b) that officer has measures
 * taken and records them; (c) the report goes to the CISO, who acknowledges it.
 */
@Service
@Transactional
public class Violations {

    private final ViolationRepository violations;
    private final OrganizationDirectory directory;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;

    Violations(
            ViolationRepository violations,
            OrganizationDirectory directory,
            Notifications notifications,
            AuditTrail audit,
            Clock clock) {
        this.violations = violations;
        this.directory = directory;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    public Violation report(ViolationDraft draft) {
        Actor actor = Actors.current();
        UUID me = person(actor);
        PersonProfile reporter = directory.person(me).orElseThrow(() -> new NotFoundException("error.notFound"));
        LocalDate today = LocalDate.now(clock);
        if (draft.occurredOn() == null || draft.occurredOn().isAfter(today)) {
            throw new DomainException("violation.occurredOn.invalid");
        }
        String regulation = text(draft.regulation(), 200, "violation.regulation.required");
        String description = text(draft.description(), 4000, "violation.description.required");
        String clause = draft.clause() == null || draft.clause().isBlank()
                ? null
                : draft.clause().strip();
        UUID id = violations.insert(
                actor.organizationId(),
                me,
                reporter.displayName(),
                reporter.unitId(),
                reporter.unitName(),
                draft.occurredOn(),
                regulation,
                clause,
                description,
                FiscalYear.containing(today).startYear());
        Violation v = violations.find(actor.organizationId(), id).orElseThrow();
        audit.record(AuditRecord.of(
                        actor.organizationId(), "violation.report.submitted", "violation", id, "違反を報告: " + v.number())
                .withAfter(Map.of(
                        "occurredOn", v.occurredOn(), "regulation", regulation, "clause", String.valueOf(clause))));
        notifications.send(new Notifications.Message(
                actor.organizationId(),
                notifications.holdersOf(Permission.VIOLATION_HANDLE, reporter.unitId()),
                "violation.notification.reported",
                new Object[] {v.number(), reporter.displayName(), regulation},
                "violation",
                id,
                "/violations/" + id));
        return v;
    }

    /** (b): the responsible officer records the measures taken; (c) this reports the violation to the CISO. */
    public Violation recordMeasures(UUID id, long version, String measures) {
        Actor actor = Actors.require(Permission.VIOLATION_HANDLE);
        Violation v = find(actor, id);
        if (!handles(actor, v)) {
            throw new AccessDeniedException("error.forbidden");
        }
        String text = text(measures, 4000, "violation.measures.required");
        String name =
                directory.person(person(actor)).map(PersonProfile::displayName).orElse(actor.displayName());
        if (!violations.recordMeasures(id, version, text, person(actor), name)) {
            throw new ConflictException("error.conflict");
        }
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "violation.report.measures-recorded",
                        "violation",
                        id,
                        "違反への措置を記録しCISOへ報告: " + v.number())
                .withBefore(Map.of("state", v.state()))
                .withAfter(Map.of("state", Violation.State.MEASURES_RECORDED, "measures", text)));
        notifications.send(new Notifications.Message(
                actor.organizationId(),
                notifications.holdersOf(Permission.CISO_REPORT_RECEIVE, null),
                "violation.notification.toCiso",
                new Object[] {v.number(), name},
                "violation",
                id,
                "/violations/" + id));
        return violations.find(actor.organizationId(), id).orElseThrow();
    }

    public Violation acknowledge(UUID id, long version) {
        Actor actor = Actors.require(Permission.CISO_REPORT_RECEIVE);
        Violation v = find(actor, id);
        if (!violations.acknowledge(id, version, actor.displayName())) {
            throw new ConflictException("error.conflict");
        }
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "violation.report.acknowledged",
                        "violation",
                        id,
                        "CISOが違反の報告を確認: " + v.number())
                .withBefore(Map.of("state", v.state()))
                .withAfter(Map.of("state", Violation.State.ACKNOWLEDGED)));
        return violations.find(actor.organizationId(), id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Violation get(UUID id) {
        Actor actor = Actors.current();
        Violation v = find(actor, id);
        if (!v.reporterId().equals(actor.personId())
                && !handles(actor, v)
                && !actor.can(Permission.CISO_REPORT_RECEIVE)) {
            throw new NotFoundException("error.notFound");
        }
        return v;
    }

    @Transactional(readOnly = true)
    public List<Violation> mine() {
        Actor actor = Actors.current();
        return violations.byReporter(actor.organizationId(), person(actor));
    }

    /** The violations the actor handles (their units) or receives (the CISO: all of them). */
    @Transactional(readOnly = true)
    public List<Violation> handled() {
        Actor actor = Actors.current();
        if (actor.canOrganizationWide(Permission.CISO_REPORT_RECEIVE)
                || actor.canOrganizationWide(Permission.VIOLATION_HANDLE)) {
            return violations.inUnits(actor.organizationId(), null);
        }
        if (!actor.can(Permission.VIOLATION_HANDLE)) {
            return List.of();
        }
        return violations.inUnits(actor.organizationId(), handledUnits(actor));
    }

    public boolean handles(Actor actor, Violation v) {
        if (actor.canOrganizationWide(Permission.VIOLATION_HANDLE)) {
            return true;
        }
        return v.unitId() != null && handledUnits(actor).contains(v.unitId());
    }

    private Set<UUID> handledUnits(Actor actor) {
        Set<UUID> units = new HashSet<>();
        actor.grants().stream()
                .filter(g -> g.permission() == Permission.VIOLATION_HANDLE && g.unitId() != null)
                .forEach(g -> units.addAll(directory.unitWithDescendants(g.unitId())));
        return units;
    }

    private Violation find(Actor actor, UUID id) {
        return violations.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    private static String text(String value, int max, String requiredCode) {
        if (value == null || value.isBlank()) {
            throw new DomainException(requiredCode);
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new DomainException("violation.tooLong", max);
        }
        return v;
    }

    private static UUID person(Actor actor) {
        if (actor.personId() == null) {
            throw new AccessDeniedException("workflow.noPerson");
        }
        return actor.personId();
    }
}
