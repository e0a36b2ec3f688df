package dev.toitsu.organization;

import dev.toitsu.organization.domain.AssignmentRepository;
import dev.toitsu.organization.domain.DirectoryAccess;
import dev.toitsu.organization.domain.DirectoryChanges;
import dev.toitsu.organization.domain.HeldRole;
import dev.toitsu.organization.domain.PersonRepository;
import dev.toitsu.organization.domain.RoleRepository;
import dev.toitsu.organization.domain.SeparationPolicy;
import dev.toitsu.organization.domain.SeparationRuleRepository;
import dev.toitsu.organization.domain.State;
import dev.toitsu.organization.domain.Texts;
import dev.toitsu.organization.domain.UnitRepository;
import dev.toitsu.organization.domain.UnitTree;
import dev.toitsu.organization.domain.VacancyPolicy;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which role, where and when. Appointing checks the separation matrix (001 1.2.1.2(1)); ending an
 * appointment sets its last day and keeps it as history (nothing is deleted). Unit-scoped appointments are made
 * by the administrator of that unit; organization-wide and system ones by the organization-wide administrator.
 */
@Service
@Transactional
public class RoleAssignments {

    private final AssignmentRepository assignments;
    private final RoleRepository roles;
    private final PersonRepository people;
    private final UnitRepository units;
    private final SeparationRuleRepository rules;
    private final DirectoryChanges changes;
    private final Clock clock;

    RoleAssignments(
            AssignmentRepository assignments,
            RoleRepository roles,
            PersonRepository people,
            UnitRepository units,
            SeparationRuleRepository rules,
            DirectoryChanges changes,
            Clock clock) {
        this.assignments = assignments;
        this.roles = roles;
        this.people = people;
        this.units = units;
        this.rules = rules;
        this.changes = changes;
        this.clock = clock;
    }

    public RoleAssignment assign(AssignmentDraft draft) {
        Actor actor = DirectoryAccess.administrator();
        UUID org = actor.organizationId();
        Person person = people.find(org, Objects.requireNonNull(draft.personId(), "personId"))
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        RoleDefinition role = roles.find(org, Objects.requireNonNull(draft.roleId(), "roleId"))
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!person.active()) {
            throw new DomainException("organization.assignment.person.inactive");
        }
        if (!role.active()) {
            throw new DomainException("organization.assignment.role.inactive");
        }
        ScopeKind scopeKind = Objects.requireNonNullElse(draft.scopeKind(), role.scopeKind());
        UnitTree tree = units.tree(org);
        requireScope(actor, tree, role, scopeKind, draft.scopeId());
        LocalDate startsOn = Objects.requireNonNullElse(draft.startsOn(), LocalDate.now(clock));
        if (draft.endsOn() != null && draft.endsOn().isBefore(startsOn)) {
            throw new DomainException("organization.assignment.endsBeforeStart");
        }
        UUID scopeId = scopeKind == ScopeKind.ORGANIZATION ? null : draft.scopeId();
        HeldRole candidate = new HeldRole(role.code(), scopeKind, scopeId, startsOn, draft.endsOn());
        List<HeldRole> held = assignments.heldFrom(person.id(), startsOn);
        boolean duplicate = held.stream()
                .anyMatch(h -> h.roleCode().equals(role.code())
                        && h.scopeKind() == scopeKind
                        && Objects.equals(h.scopeId(), scopeId)
                        && (h.endsOn() == null || !h.endsOn().isBefore(startsOn))
                        && (draft.endsOn() == null || !h.startsOn().isAfter(draft.endsOn())));
        if (duplicate) {
            throw new ConflictException("organization.assignment.duplicate");
        }
        SeparationPolicy.roleConflict(candidate, held, rules.active(org), tree).ifPresent(rule -> {
            throw new DomainException(
                    "organization.assignment.separation",
                    role.name(),
                    Objects.requireNonNullElse(role.nameEn(), role.name()),
                    rule.reason(),
                    Objects.requireNonNullElse(rule.reasonEn(), rule.reason()),
                    Objects.requireNonNullElse(rule.clause(), "1.2.1.2"));
        });
        AssignmentDraft clean = new AssignmentDraft(
                person.id(),
                role.id(),
                scopeKind,
                scopeId,
                startsOn,
                draft.endsOn(),
                Texts.optional(draft.note(), 1000, "organization.assignment.note"));
        UUID id = assignments.insert(org, clean, scopeKind);
        RoleAssignment created = assignments.find(org, id).orElseThrow();
        changes.record(
                org,
                "organization.assignment.started",
                "role-assignment",
                id,
                "役割を割当て: " + role.name() + " / " + person.displayName() + " (" + created.scopeName() + ")",
                null,
                state(created));
        return created;
    }

    /** Ends an appointment on the given day (today if null); it stays in the person's history. */
    public RoleAssignment end(UUID id, long version, LocalDate endsOn) {
        Actor actor = DirectoryAccess.administrator();
        UUID org = actor.organizationId();
        RoleAssignment current = assignments.find(org, id).orElseThrow(() -> new NotFoundException("error.notFound"));
        UnitTree tree = units.tree(org);
        if (current.scopeKind() == ScopeKind.UNIT) {
            DirectoryAccess.requireUnit(actor, tree, current.scopeId());
        } else {
            DirectoryAccess.requireOrganizationWide(actor);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate last = Objects.requireNonNullElse(endsOn, today);
        if (current.endsOn() != null && current.endsOn().isBefore(today)) {
            throw new DomainException("organization.assignment.alreadyEnded");
        }
        if (last.isBefore(current.startsOn())) {
            throw new DomainException("organization.assignment.endsBeforeStart");
        }
        assignments.end(id, version, last);
        RoleAssignment ended = assignments.find(org, id).orElseThrow();
        changes.record(
                org,
                "organization.assignment.ended",
                "role-assignment",
                id,
                "役割の割当てを終了: " + current.roleName() + " / " + current.personName(),
                state(current),
                state(ended));
        return ended;
    }

    @Transactional(readOnly = true)
    public RoleAssignment get(UUID id) {
        Actor actor = DirectoryAccess.reader();
        return assignments.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    /** Every appointment the person ever had, newest first. */
    @Transactional(readOnly = true)
    public List<RoleAssignment> historyOf(UUID personId) {
        Actor actor = DirectoryAccess.reader();
        people.find(actor.organizationId(), personId).orElseThrow(() -> new NotFoundException("error.notFound"));
        return assignments.historyOf(actor.organizationId(), personId);
    }

    /** Who holds which role today, in role order. */
    @Transactional(readOnly = true)
    public List<RoleHolder> holders() {
        Actor actor = DirectoryAccess.reader();
        return assignments.holders(actor.organizationId(), LocalDate.now(clock));
    }

    /** Who holds which role for this unit today. */
    @Transactional(readOnly = true)
    public List<RoleHolder> holdersInUnit(UUID unitId) {
        Actor actor = DirectoryAccess.reader();
        units.find(actor.organizationId(), unitId).orElseThrow(() -> new NotFoundException("error.notFound"));
        return assignments.holdersInUnit(actor.organizationId(), unitId, LocalDate.now(clock));
    }

    /** Who holds a system-scoped role (情報システムセキュリティ責任者/管理者) for this information system today. */
    @Transactional(readOnly = true)
    public List<RoleHolder> holdersOfSystem(UUID systemId) {
        Actor actor = DirectoryAccess.reader();
        return assignments.holdersOfSystem(actor.organizationId(), systemId, LocalDate.now(clock));
    }

    /** Standard roles nobody holds today where the standard expects a holder. */
    @Transactional(readOnly = true)
    public List<Vacancy> vacancies() {
        Actor actor = DirectoryAccess.reader();
        UUID org = actor.organizationId();
        return VacancyPolicy.vacancies(
                roles.all(org), units.tree(org), assignments.holdings(org, LocalDate.now(clock)));
    }

    private static void requireScope(
            Actor actor, UnitTree tree, RoleDefinition role, ScopeKind scopeKind, UUID scopeId) {
        boolean allowed = switch (role.scopeKind()) {
            case ORGANIZATION -> scopeKind != ScopeKind.SYSTEM; // an org-wide role may be given for a unit
            case UNIT -> scopeKind == ScopeKind.UNIT;
            case SYSTEM -> scopeKind == ScopeKind.SYSTEM;
        };
        if (!allowed) {
            throw new DomainException("organization.assignment.scope.mismatch");
        }
        switch (scopeKind) {
            case ORGANIZATION -> DirectoryAccess.requireOrganizationWide(actor);
            case UNIT -> {
                if (scopeId == null) {
                    throw new DomainException("organization.assignment.scope.unitRequired");
                }
                if (!tree.contains(scopeId)) {
                    throw new NotFoundException("error.notFound");
                }
                if (!tree.node(scopeId).orElseThrow().active()) {
                    throw new DomainException("organization.assignment.scope.unitInactive");
                }
                DirectoryAccess.requireUnit(actor, tree, scopeId);
            }
            case SYSTEM -> {
                if (scopeId == null) {
                    throw new DomainException("organization.assignment.scope.systemRequired");
                }
                DirectoryAccess.requireOrganizationWide(actor);
            }
        }
    }

    private static Map<String, Object> state(RoleAssignment a) {
        return State.of(
                "role", a.roleCode(),
                "personId", a.personId(),
                "scopeKind", a.scopeKind(),
                "scopeId", a.scopeId(),
                "startsOn", a.startsOn(),
                "endsOn", a.endsOn(),
                "note", a.note());
    }
}
