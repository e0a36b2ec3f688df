package dev.toitsu.organization;

import dev.toitsu.organization.domain.AssignmentRepository;
import dev.toitsu.organization.domain.DirectoryAccess;
import dev.toitsu.organization.domain.DirectoryChanges;
import dev.toitsu.organization.domain.HeldRole;
import dev.toitsu.organization.domain.PersonRepository;
import dev.toitsu.organization.domain.RoleRepository;
import dev.toitsu.organization.domain.SeparationPolicy;
import dev.toitsu.organization.domain.SeparationRuleRepository;
import dev.toitsu.organization.domain.StandardRoles;
import dev.toitsu.organization.domain.State;
import dev.toitsu.organization.domain.Texts;
import dev.toitsu.organization.domain.UnitRepository;
import dev.toitsu.organization.domain.UnitTree;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 001 1.2.1.2 役割の割当て: the organization's separation matrix, and the check every workflow makes before a person
 * acts — the applicant does not approve (1.2.1.2(1)(a)(ア)), the auditee does not audit ((イ), and 1.2.3.2(4)(a):
 * auditors independent of the audited unit) — and whom to escalate to when the approver is conflicted (1.2.1.2(2)).
 */
@Service
@Transactional
public class SeparationOfDuties {

    /** Message code of the refusal; arguments: reason (ja), reason (en), clause. */
    public static final String REFUSED = "organization.separation.refused";

    private final SeparationRuleRepository rules;
    private final RoleRepository roles;
    private final PersonRepository people;
    private final UnitRepository units;
    private final AssignmentRepository assignments;
    private final DirectoryChanges changes;
    private final Clock clock;

    SeparationOfDuties(
            SeparationRuleRepository rules,
            RoleRepository roles,
            PersonRepository people,
            UnitRepository units,
            AssignmentRepository assignments,
            DirectoryChanges changes,
            Clock clock) {
        this.rules = rules;
        this.roles = roles;
        this.people = people;
        this.units = units;
        this.assignments = assignments;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * May the person perform {@code action} on the subject? Refused when an active action pair forbids it: they
     * performed the paired action on the same subject (they applied and would now decide), or, for a pair with
     * {@code audit.auditee}, they belong to the audited unit or hold a unit role over it. Checked in the current
     * actor's organization.
     */
    @Transactional(readOnly = true)
    public SeparationCheck check(UUID actorPersonId, String action, Subject subject) {
        UUID org = Actors.current().organizationId();
        List<SeparationRule> active = rules.active(org);
        Optional<SeparationRule> conflict = SeparationPolicy.actionConflict(actorPersonId, action, subject, active);
        if (conflict.isEmpty() && subject.unitId() != null && SeparationPolicy.needsAuditees(action, active)) {
            if (isAuditee(org, actorPersonId, subject.unitId())) {
                conflict = SeparationPolicy.actionConflict(
                        actorPersonId, action, subject.performedBy(SeparationPolicy.AUDITEE, actorPersonId), active);
            }
        }
        return conflict.map(SeparationCheck::refuse).orElseGet(SeparationCheck::allow);
    }

    /** Like {@link #check}, but throws a {@link DomainException} with the localized reason and clause when refused. */
    @Transactional(readOnly = true)
    public void requireSeparation(UUID actorPersonId, String action, Subject subject) {
        SeparationCheck result = check(actorPersonId, action, subject);
        if (result.refused()) {
            throw new DomainException(
                    REFUSED,
                    result.reason(),
                    Objects.requireNonNullElse(result.reasonEn(), result.reason()),
                    Objects.requireNonNullElse(result.clause(), "1.2.1.2"));
        }
    }

    /**
     * 001 1.2.1.2(2)(a): when the approver is conflicted, the request goes to the approver's superior (上司); where
     * no superior is recorded, to the nearest 情報セキュリティ責任者 of the approver's unit (other than the approver).
     */
    @Transactional(readOnly = true)
    public Optional<Escalation> escalationFor(UUID approverPersonId) {
        UUID org = Actors.current().organizationId();
        Person approver = people.find(org, approverPersonId).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (approver.superiorId() != null) {
            Optional<Person> superior = people.find(org, approver.superiorId()).filter(Person::active);
            if (superior.isPresent()) {
                return Optional.of(
                        new Escalation(superior.get().id(), superior.get().displayName(), Escalation.Basis.SUPERIOR));
            }
        }
        if (approver.unitId() == null) {
            return Optional.empty();
        }
        List<UUID> path = units.tree(org).ancestorsOrSelf(approver.unitId());
        List<RoleHolder> officers =
                assignments.holdersOfRoleOnUnits(org, StandardRoles.ISO, path, LocalDate.now(clock));
        return path.stream()
                .flatMap(unit -> officers.stream().filter(h -> unit.equals(h.scopeId())))
                .filter(h -> !h.personId().equals(approverPersonId))
                .findFirst()
                .map(h -> new Escalation(h.personId(), h.personName(), Escalation.Basis.UNIT_SECURITY_OFFICER));
    }

    @Transactional(readOnly = true)
    public List<SeparationRule> rules() {
        Actor actor = DirectoryAccess.reader();
        return rules.all(actor.organizationId());
    }

    public SeparationRule addRule(SeparationRuleDraft draft) {
        Actor actor = DirectoryAccess.organizationAdministrator();
        UUID org = actor.organizationId();
        if (draft.kind() == null) {
            throw new DomainException("organization.separation.kind.required");
        }
        String first = Texts.required(draft.firstCode(), 80, "organization.separation.firstCode");
        String second = Texts.required(draft.secondCode(), 80, "organization.separation.secondCode");
        if (first.equals(second)) {
            throw new DomainException("organization.separation.samePair");
        }
        if (draft.kind() == SeparationRuleKind.ROLE_PAIR) {
            for (String code : List.of(first, second)) {
                if (roles.findByCode(org, code).isEmpty()) {
                    throw new DomainException("organization.separation.unknownRole", code);
                }
            }
        } else if (!first.matches("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+")
                || !second.matches("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+")) {
            throw new DomainException("organization.separation.action.invalid");
        }
        if (rules.exists(org, draft.kind(), first, second)) {
            throw new ConflictException("organization.separation.exists");
        }
        SeparationRuleDraft clean = new SeparationRuleDraft(
                draft.kind(),
                first,
                second,
                Texts.required(draft.reason(), 1000, "organization.separation.reason"),
                Texts.optional(draft.reasonEn(), 1000, "organization.separation.reasonEn"),
                Texts.optional(draft.clause(), 100, "organization.separation.clause"));
        UUID id = rules.insert(org, clean);
        changes.record(
                org,
                "organization.separation-rule.added",
                "separation-rule",
                id,
                "職務分離の規則を追加: " + first + " / " + second,
                null,
                State.of(
                        "kind", clean.kind(),
                        "firstCode", first,
                        "secondCode", second,
                        "reason", clean.reason(),
                        "reasonEn", clean.reasonEn(),
                        "clause", clean.clause()));
        return rules.find(org, id).orElseThrow();
    }

    public SeparationRule deactivateRule(UUID id, long version) {
        return activate(id, version, false);
    }

    public SeparationRule reactivateRule(UUID id, long version) {
        return activate(id, version, true);
    }

    private SeparationRule activate(UUID id, long version, boolean active) {
        Actor actor = DirectoryAccess.organizationAdministrator();
        SeparationRule current =
                rules.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
        rules.activate(id, version, active);
        changes.record(
                actor.organizationId(),
                active ? "organization.separation-rule.reactivated" : "organization.separation-rule.deactivated",
                "separation-rule",
                id,
                (active ? "職務分離の規則を有効化: " : "職務分離の規則を無効化: ") + current.firstCode() + " / " + current.secondCode(),
                State.of("active", current.active()),
                State.of("active", active));
        return rules.find(actor.organizationId(), id).orElseThrow();
    }

    /** 被監査部門: the person works in the audited unit (or below it), or holds a unit role over part of it. */
    private boolean isAuditee(UUID org, UUID personId, UUID auditedUnit) {
        UnitTree tree = units.tree(org);
        Optional<Person> person = people.find(org, personId);
        if (person.isPresent() && tree.isWithin(person.get().unitId(), auditedUnit)) {
            return true;
        }
        LocalDate today = LocalDate.now(clock);
        return assignments.heldFrom(personId, today).stream()
                .filter(h -> !h.startsOn().isAfter(today))
                .filter(h -> h.scopeKind() == ScopeKind.UNIT)
                .map(HeldRole::scopeId)
                .anyMatch(unit -> tree.overlaps(unit, auditedUnit));
    }
}
