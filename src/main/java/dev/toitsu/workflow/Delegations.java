package dev.toitsu.workflow;

import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.organization.OrganizationDirectory;
import dev.toitsu.organization.PersonProfile;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.workflow.domain.DelegationRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 代理: an approver hands their approval authority to a colleague for a period of absence. The delegate decides in
 * the approver's name and the decision records both; separation of duties is checked for both, so nobody approves
 * their own application through a delegation.
 */
@Service
@Transactional
public class Delegations {

    private final DelegationRepository delegations;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final Clock clock;

    Delegations(
            DelegationRepository delegations,
            OrganizationDirectory directory,
            AuditTrail audit,
            Notifications notifications,
            Clock clock) {
        this.delegations = delegations;
        this.directory = directory;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Delegation> mine() {
        Actor actor = Actors.current();
        return delegations.involving(actor.organizationId(), person(actor));
    }

    public Delegation delegate(DelegationDraft draft) {
        Actor actor = Actors.current();
        UUID me = person(actor);
        if (draft.delegateId() == null) {
            throw new InvalidFieldException("delegateId", "workflow.delegation.delegate.required");
        }
        PersonProfile delegate = directory
                .person(draft.delegateId())
                .filter(p -> p.organizationId().equals(actor.organizationId()))
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        if (delegate.id().equals(me)) {
            throw new InvalidFieldException("delegateId", "workflow.delegation.self");
        }
        if (!delegate.active()) {
            throw new InvalidFieldException("delegateId", "workflow.delegation.delegate.inactive");
        }
        LocalDate from = draft.startsOn() == null ? LocalDate.now(clock) : draft.startsOn();
        if (draft.endsOn() == null) {
            throw new InvalidFieldException("endsOn", "workflow.delegation.endsOn.required");
        }
        if (draft.endsOn().isBefore(from)) {
            throw new InvalidFieldException("endsOn", "workflow.delegation.endsOn.beforeStart");
        }
        String reason = draft.reason() == null || draft.reason().isBlank()
                ? null
                : draft.reason().strip();
        UUID id = delegations.insert(actor.organizationId(), me, delegate.id(), from, draft.endsOn(), reason);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("principal", me);
        after.put("delegate", delegate.id());
        after.put("startsOn", from);
        after.put("endsOn", draft.endsOn());
        after.put("reason", reason);
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "workflow.delegation.granted",
                        "delegation",
                        id,
                        "承認の代理を設定: " + delegate.displayName() + "（" + from + "〜" + draft.endsOn() + "）")
                .withAfter(after));
        notifications.send(new Notifications.Message(
                actor.organizationId(),
                List.of(delegate.id()),
                "workflow.notification.delegated",
                new Object[] {
                    actor.displayName(), from.toString(), draft.endsOn().toString()
                },
                "delegation",
                id,
                "/requests/inbox"));
        return delegations.find(actor.organizationId(), id).orElseThrow();
    }

    public Delegation revoke(UUID id, long version) {
        Actor actor = Actors.current();
        UUID me = person(actor);
        Delegation current =
                delegations.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!current.principalId().equals(me)) {
            throw new AccessDeniedException("error.forbidden");
        }
        delegations.revoke(id, version);
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "workflow.delegation.revoked",
                        "delegation",
                        id,
                        "承認の代理を取消し: " + current.delegateName())
                .withBefore(Map.of("revoked", false))
                .withAfter(Map.of("revoked", true)));
        return delegations.find(actor.organizationId(), id).orElseThrow();
    }

    private static UUID person(Actor actor) {
        if (actor.personId() == null) {
            throw new AccessDeniedException("workflow.noPerson");
        }
        return actor.personId();
    }
}
