package dev.toitsu.organization;

import dev.toitsu.organization.domain.AssignmentRepository;
import dev.toitsu.organization.domain.DirectoryAccess;
import dev.toitsu.organization.domain.DirectoryChanges;
import dev.toitsu.organization.domain.PersonRepository;
import dev.toitsu.organization.domain.State;
import dev.toitsu.organization.domain.Texts;
import dev.toitsu.organization.domain.UnitRepository;
import dev.toitsu.organization.domain.UnitTree;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 職員等 of the actor's organization: search and page through them (one query per page, for 50,000 staff),
 * register, revise, transfer (a new unit restarts {@code unitSince}, which drives the 3-month training rule) and
 * record that someone has left (their open roles end that day). A unit-scoped administrator reaches the people
 * of their unit and the units below it.
 */
@Service
@Transactional
public class People {

    private final PersonRepository people;
    private final UnitRepository units;
    private final AssignmentRepository assignments;
    private final DirectoryChanges changes;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    People(
            PersonRepository people,
            UnitRepository units,
            AssignmentRepository assignments,
            DirectoryChanges changes,
            Clock clock,
            ApplicationEventPublisher events) {
        this.people = people;
        this.units = units;
        this.assignments = assignments;
        this.changes = changes;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PersonPage search(PersonQuery query, int page, int size) {
        Actor actor = DirectoryAccess.reader();
        if (query.unitId() != null
                && units.find(actor.organizationId(), query.unitId()).isEmpty()) {
            throw new NotFoundException("error.notFound");
        }
        int pageSize = Math.max(1, Math.min(size, PersonPage.MAX_SIZE));
        return people.page(actor.organizationId(), query, Math.max(0, page), pageSize);
    }

    @Transactional(readOnly = true)
    public Person get(UUID id) {
        Actor actor = DirectoryAccess.reader();
        return find(actor, id);
    }

    /** The person with this employee number (職員番号), if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Person> byEmployeeNumber(String number) {
        Actor actor = DirectoryAccess.reader();
        return number == null || number.isBlank()
                ? java.util.Optional.empty()
                : people.findByEmployeeNumber(actor.organizationId(), number.strip());
    }

    /**
     * Everyone with an employee number (職員番号), active or not, for matching a personnel file or directory
     * (organization administrators only).
     */
    @Transactional(readOnly = true)
    public List<Person> withEmployeeNumbers() {
        Actor actor = DirectoryAccess.administrator();
        return people.withEmployeeNumbers(actor.organizationId());
    }

    /** The active people whose unit is exactly this one. */
    @Transactional(readOnly = true)
    public List<Person> inUnit(UUID unitId) {
        Actor actor = DirectoryAccess.reader();
        units.find(actor.organizationId(), unitId).orElseThrow(() -> new NotFoundException("error.notFound"));
        return people.inUnit(actor.organizationId(), unitId);
    }

    /** Whether the actor may change this person (the page shows the buttons only then). */
    @Transactional(readOnly = true)
    public boolean administrable(UUID id) {
        Actor actor = DirectoryAccess.reader();
        Person person = find(actor, id);
        return DirectoryAccess.administers(actor, units.tree(actor.organizationId()), person.unitId());
    }

    public Person register(PersonDraft draft) {
        Actor actor = DirectoryAccess.administrator();
        UnitTree tree = units.tree(actor.organizationId());
        PersonDraft clean = validate(actor, tree, draft, null);
        requireUnitAdministration(actor, tree, clean.unitId());
        LocalDate today = LocalDate.now(clock);
        LocalDate unitSince = clean.unitId() == null ? null : clean.joinedOn() != null ? clean.joinedOn() : today;
        UUID id = people.insert(actor.organizationId(), clean, unitSince);
        changes.record(
                actor.organizationId(),
                "organization.person.registered",
                "person",
                id,
                "職員等を登録: " + clean.familyName() + " " + clean.givenName(),
                null,
                state(clean, unitSince));
        if (clean.unitId() != null) {
            events.publishEvent(new PersonMoved(actor.organizationId(), id, null, clean.unitId(), unitSince));
        }
        return find(actor, id);
    }

    /** Changes a person's details; a different unit is a transfer (異動) and restarts {@code unitSince} today. */
    public Person revise(UUID id, long version, PersonDraft draft) {
        Actor actor = DirectoryAccess.administrator();
        UnitTree tree = units.tree(actor.organizationId());
        Person current = find(actor, id);
        requireUnitAdministration(actor, tree, current.unitId());
        PersonDraft clean = validate(actor, tree, draft, id);
        boolean transfer = !Objects.equals(current.unitId(), clean.unitId());
        if (transfer) {
            requireUnitAdministration(actor, tree, clean.unitId());
        }
        LocalDate unitSince = transfer ? (clean.unitId() == null ? null : LocalDate.now(clock)) : current.unitSince();
        people.revise(id, version, clean, unitSince);
        changes.record(
                actor.organizationId(),
                transfer ? "organization.person.transferred" : "organization.person.revised",
                "person",
                id,
                (transfer ? "職員等の異動: " : "職員等を変更: ") + clean.familyName() + " " + clean.givenName(),
                state(PersonDraft.of(current), current.unitSince()),
                state(clean, unitSince));
        if (transfer) {
            events.publishEvent(
                    new PersonMoved(actor.organizationId(), id, current.unitId(), clean.unitId(), unitSince));
        }
        return find(actor, id);
    }

    /** The person has left: inactive from now on, and every role they still hold ends today. */
    public Person deactivate(UUID id, long version) {
        Actor actor = DirectoryAccess.administrator();
        Person current = find(actor, id);
        requireUnitAdministration(actor, units.tree(actor.organizationId()), current.unitId());
        people.activate(id, version, false);
        int ended = assignments.endAllOf(id, LocalDate.now(clock));
        changes.record(
                actor.organizationId(),
                "organization.person.deactivated",
                "person",
                id,
                "職員等を無効化: " + current.displayName(),
                State.of("active", true),
                State.of("active", false, "assignmentsEnded", ended));
        events.publishEvent(new PersonMoved(actor.organizationId(), id, current.unitId(), null, LocalDate.now(clock)));
        return find(actor, id);
    }

    public Person reactivate(UUID id, long version) {
        Actor actor = DirectoryAccess.administrator();
        Person current = find(actor, id);
        requireUnitAdministration(actor, units.tree(actor.organizationId()), current.unitId());
        people.activate(id, version, true);
        changes.record(
                actor.organizationId(),
                "organization.person.reactivated",
                "person",
                id,
                "職員等を有効化: " + current.displayName(),
                State.of("active", false),
                State.of("active", true));
        return find(actor, id);
    }

    private Person find(Actor actor, UUID id) {
        return people.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    /** People without a unit are the organization-wide administrator's. */
    private static void requireUnitAdministration(Actor actor, UnitTree tree, UUID unitId) {
        if (unitId == null) {
            DirectoryAccess.requireOrganizationWide(actor);
        } else {
            DirectoryAccess.requireUnit(actor, tree, unitId);
        }
    }

    private PersonDraft validate(Actor actor, UnitTree tree, PersonDraft draft, UUID self) {
        if (draft.unitId() != null && !tree.contains(draft.unitId())) {
            throw new NotFoundException("error.notFound");
        }
        if (draft.superiorId() != null) {
            people.find(actor.organizationId(), draft.superiorId())
                    .orElseThrow(() -> new NotFoundException("error.notFound"));
            if (draft.superiorId().equals(self)
                    || (self != null && people.superiorsOf(draft.superiorId()).contains(self))) {
                throw new DomainException("organization.person.superior.cycle");
            }
        }
        String email = Texts.optional(draft.email(), 254, "organization.person.email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new DomainException("organization.person.email.invalid");
        }
        String number = Texts.optional(draft.employeeNumber(), 40, "organization.person.employeeNumber");
        if (people.employeeNumberTaken(actor.organizationId(), number, self)) {
            throw new ConflictException("organization.person.employeeNumber.taken", number);
        }
        return new PersonDraft(
                number,
                Texts.required(draft.familyName(), 100, "organization.person.familyName"),
                Texts.required(draft.givenName(), 100, "organization.person.givenName"),
                Texts.optional(draft.familyNameKana(), 100, "organization.person.familyNameKana"),
                Texts.optional(draft.givenNameKana(), 100, "organization.person.givenNameKana"),
                Objects.requireNonNullElse(draft.kind(), PersonKind.STAFF),
                draft.unitId(),
                Texts.optional(draft.jobTitle(), 200, "organization.person.jobTitle"),
                draft.superiorId(),
                email,
                Texts.optional(draft.phone(), 40, "organization.person.phone"),
                draft.joinedOn());
    }

    private static Map<String, Object> state(PersonDraft d, LocalDate unitSince) {
        return State.of(
                "employeeNumber", d.employeeNumber(),
                "familyName", d.familyName(),
                "givenName", d.givenName(),
                "familyNameKana", d.familyNameKana(),
                "givenNameKana", d.givenNameKana(),
                "kind", d.kind(),
                "unitId", d.unitId(),
                "jobTitle", d.jobTitle(),
                "superiorId", d.superiorId(),
                "email", d.email(),
                "phone", d.phone(),
                "joinedOn", d.joinedOn(),
                "unitSince", unitSince);
    }
}
