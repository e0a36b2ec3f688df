package dev.toitsu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.support.IntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class DirectoryFacadeTests {

    @Autowired
    OrganizationFixture fixture;

    @Autowired
    Organizations organizations;

    @Autowired
    Units units;

    @Autowired
    People people;

    @Autowired
    Roles roles;

    @Autowired
    RoleAssignments assignments;

    @Autowired
    SeparationOfDuties separation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    java.time.Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @AfterEach
    void signOut() {
        TestActors.signOut();
    }

    @Test
    void aNewOrganizationStartsWithTheStandardRolesAndSeparationRules() {
        var world = fixture.world();

        assertThat(roles.all())
                .extracting(RoleDefinition::code)
                .contains("CISO", "GENERAL_ISO", "ISO", "SECTION_ISO", "AUDITOR", "AUDIT_CHIEF", "CSIRT", "ADMIN");
        assertThat(separation.rules()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(assignments.vacancies()).extracting(Vacancy::roleCode).contains("CISO", "ISO", "SECTION_ISO");
        assertThat(world.organization().kind()).isEqualTo(OrganizationKind.MINISTRY);
    }

    @Test
    void anotherOrganizationsRecordsLookAbsent() {
        var mine = fixture.world();
        Person myPerson = fixture.person("P1", "自分", mine.a().id(), null);
        var theirs = fixture.world();
        Person theirPerson = fixture.person("P1", "他人", theirs.a().id(), null);

        TestActors.administrator(mine.id());

        assertThatThrownBy(() -> units.get(theirs.a().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> people.get(theirPerson.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> roles.get(theirs.role("CISO"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() ->
                        units.revise(theirs.a().id(), 0, new UnitDraft(null, "X", "乗っ取り", null, UnitKind.BUREAU, 0)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.assign(
                        new AssignmentDraft(myPerson.id(), theirs.role("CISO"), null, null, null, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> units.create(new UnitDraft(theirs.a().id(), "Y", "潜入", null, UnitKind.DIVISION, 0)))
                .isInstanceOf(NotFoundException.class);
        assertThat(people.search(PersonQuery.all(), 0, 50).people())
                .extracting(Person::id)
                .containsExactly(myPerson.id());
    }

    @Test
    void aUnitAdministratorReachesOnlyTheirSubtree() {
        var world = fixture.world();
        Person inB = fixture.person("B-1", "別局", world.b1().id(), null);
        TestActors.unitAdministrator(world.id(), world.a().id());

        Unit created = units.create(new UnitDraft(world.a1().id(), "A1X", "A1係", null, UnitKind.OFFICE, 0));
        assertThat(created.depth()).isEqualTo(2);
        fixture.person("A-1", "自局", world.a1().id(), null);

        assertThatThrownBy(() -> units.create(new UnitDraft(null, "TOP", "新局", null, UnitKind.BUREAU, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> units.revise(
                        world.b1().id(),
                        world.b1().version(),
                        new UnitDraft(null, "B1", "改名", null, UnitKind.DIVISION, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.person("B-2", "別局", world.b1().id(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> units.move(
                        world.a1().id(), world.a1().version(), world.b().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.assign(
                        new AssignmentDraft(inB.id(), world.role("CISO"), null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roles.add(
                        new RoleDraft("MINE", "独自", null, null, ScopeKind.ORGANIZATION, java.util.Set.of(), false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aStaleVersionIsAConflict() {
        var world = fixture.world();
        Unit a = units.get(world.a().id());
        units.revise(a.id(), a.version(), new UnitDraft(null, "A", "A局（改）", null, UnitKind.BUREAU, 1));

        assertThatThrownBy(() -> units.revise(
                        a.id(), a.version(), new UnitDraft(null, "A", "A局（別の改名）", null, UnitKind.BUREAU, 1)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("error.conflict");
    }

    @Test
    void aUnitIsNeverMovedBelowItself() {
        var world = fixture.world();

        assertThatThrownBy(() -> units.move(
                        world.a().id(), world.a().version(), world.a1().id()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("organization.unit.move.cycle");
        Unit moved = units.move(world.a1().id(), world.a1().version(), world.b().id());
        assertThat(moved.parentId()).isEqualTo(world.b().id());
    }

    @Test
    void aUnitWithPeopleIsNotDeactivated() {
        var world = fixture.world();
        fixture.person("D-1", "在籍", world.b1().id(), null);

        assertThatThrownBy(() -> units.deactivate(world.b1().id(), world.b1().version()))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("organization.unit.deactivate.inUse");
        Unit empty = units.create(new UnitDraft(world.a().id(), "EMPTY", "空室", null, UnitKind.OFFICE, 0));
        assertThat(units.deactivate(empty.id(), empty.version()).active()).isFalse();
    }

    @Test
    void aTransferRestartsTheDateInTheUnit() {
        var world = fixture.world();
        Person p = fixture.person("T-1", "異動", world.a1().id(), null);
        assertThat(p.unitSince()).isEqualTo(LocalDate.of(2020, 4, 1));

        Person moved = people.revise(p.id(), p.version(), draftOf(p, world.b1().id()));

        assertThat(moved.unitId()).isEqualTo(world.b1().id());
        assertThat(moved.unitSince()).isEqualTo(today());
    }

    @Test
    void endingAnAssignmentKeepsItAsHistory() {
        var world = fixture.world();
        Person p = fixture.person("H-1", "履歴", world.a().id(), null);
        RoleAssignment iso = assignments.assign(new AssignmentDraft(
                p.id(), world.role("ISO"), null, world.a().id(), today().minusYears(1), null, null));
        assertThat(assignments.vacancies()).noneMatch(v -> world.a().id().equals(v.unitId()));

        assignments.end(iso.id(), iso.version(), today().minusDays(1));

        assertThat(assignments.historyOf(p.id())).singleElement().satisfies(a -> {
            assertThat(a.endsOn()).isEqualTo(today().minusDays(1));
            assertThat(a.heldOn(today())).isFalse();
        });
        assertThat(assignments.vacancies()).anyMatch(v -> world.a().id().equals(v.unitId()));
        assertThatThrownBy(() -> assignments.end(iso.id(), iso.version() + 1, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("organization.assignment.alreadyEnded");
    }

    @Test
    void refusesAuditorRoleForTheUnitTheyAreResponsibleFor() {
        // 001 1.2.1.2(1)(a)(イ), 1.2.3.2(4)(a)
        var world = fixture.world();
        Person p = fixture.person("S-1", "兼務", world.a().id(), null);
        assignments.assign(
                new AssignmentDraft(p.id(), world.role("ISO"), null, world.a().id(), null, null, null));

        assertThatThrownBy(() -> assignments.assign(new AssignmentDraft(
                        p.id(),
                        world.role("AUDITOR"),
                        ScopeKind.UNIT,
                        world.a1().id(),
                        null,
                        null,
                        null)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException d = (DomainException) e;
                    assertThat(d.code()).isEqualTo("organization.assignment.separation");
                    assertThat(d.arguments()[4].toString()).contains("1.2.1.2(1)(a)(イ)");
                });
        RoleAssignment elsewhere = assignments.assign(new AssignmentDraft(
                p.id(), world.role("AUDITOR"), ScopeKind.UNIT, world.b().id(), null, null, null));
        assertThat(elsewhere.scopeName()).isEqualTo("B局");
    }

    @Test
    void everyChangeLeavesAnAuditEvent() {
        var world = fixture.world();
        Person p = fixture.person("E-1", "記録", world.a().id(), null);
        RoleAssignment a =
                assignments.assign(new AssignmentDraft(p.id(), world.role("CSIRT"), null, null, null, null, null));

        assertThat(events(world.id(), "organization.organization.created")).isEqualTo(1);
        assertThat(events(world.id(), "organization.unit.created")).isEqualTo(4);
        assertThat(events(world.id(), "organization.person.registered")).isEqualTo(1);
        assertThat(jdbc.sql("select after ->> 'role' from audit_event where subject_id = ?")
                        .param(a.id().toString())
                        .query(String.class)
                        .single())
                .isEqualTo("CSIRT");
    }

    @Test
    void aFailedChangeLeavesNoAuditEvent() {
        var world = fixture.world();
        long before = events(world.id(), "organization.unit.created");
        try {
            transaction.executeWithoutResult(status -> {
                units.create(new UnitDraft(null, "RB", "取消", null, UnitKind.BUREAU, 0));
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the unit and its audit event roll back together
        }
        assertThat(events(world.id(), "organization.unit.created")).isEqualTo(before);
    }

    @Test
    void theApplicantDoesNotApproveAndTheEscalationGoesToTheSuperior() {
        // 001 1.2.1.2(1)(a)(ア) and (2)(a)
        var world = fixture.world();
        Person boss = fixture.person("X-1", "上司", world.a().id(), null);
        Person approver = fixture.person("X-2", "承認者", world.a1().id(), boss.id());
        Subject request = Subject.of("request", UUID.randomUUID()).performedBy("request.apply", approver.id());

        SeparationCheck check = separation.check(approver.id(), "request.decide", request);
        assertThat(check.refused()).isTrue();
        assertThat(check.clause()).isEqualTo("1.2.1.2(1)(a)(ア)");
        assertThatThrownBy(() -> separation.requireSeparation(approver.id(), "request.decide", request))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(SeparationOfDuties.REFUSED);
        assertThat(separation.check(boss.id(), "request.decide", request).allowed())
                .isTrue();
        assertThat(separation.escalationFor(approver.id())).hasValueSatisfying(e -> {
            assertThat(e.personId()).isEqualTo(boss.id());
            assertThat(e.basis()).isEqualTo(Escalation.Basis.SUPERIOR);
        });
    }

    @Test
    void withoutASuperiorTheEscalationGoesToTheUnitsSecurityOfficer() {
        var world = fixture.world();
        Person iso = fixture.person("Y-1", "責任者", world.a().id(), null);
        assignments.assign(
                new AssignmentDraft(iso.id(), world.role("ISO"), null, world.a().id(), null, null, null));
        Person approver = fixture.person("Y-2", "課員", world.a1().id(), null);

        assertThat(separation.escalationFor(approver.id())).hasValueSatisfying(e -> {
            assertThat(e.personId()).isEqualTo(iso.id());
            assertThat(e.basis()).isEqualTo(Escalation.Basis.UNIT_SECURITY_OFFICER);
        });
        assertThat(separation.escalationFor(iso.id())).isEmpty();
    }

    @Test
    void membersOfTheAuditedUnitDoNotAuditIt() {
        // 001 1.2.3.2(4)(a): 監査実施者は被監査部門から独立した者
        var world = fixture.world();
        Person member = fixture.person("Z-1", "部員", world.a1().id(), null);
        Person outsider = fixture.person("Z-2", "外部", world.b1().id(), null);
        Subject audit = Subject.of("audit", UUID.randomUUID()).inUnit(world.a().id());

        assertThat(separation.check(member.id(), "audit.perform", audit).refused())
                .isTrue();
        assertThat(separation.check(outsider.id(), "audit.perform", audit).allowed())
                .isTrue();
    }

    @Test
    void peopleArePagedSearchedAndFilteredByUnitSubtree() {
        var world = fixture.world();
        for (int i = 0; i < 7; i++) {
            fixture.person(
                    "N-" + i, "検索" + i, i < 5 ? world.a1().id() : world.b1().id(), null);
        }

        PersonPage first = people.search(PersonQuery.all(), 0, 3);
        assertThat(first.total()).isEqualTo(7);
        assertThat(first.people()).hasSize(3);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(people.search(new PersonQuery(null, world.a().id(), false), 0, 50)
                        .total())
                .isEqualTo(5);
        assertThat(people.search(new PersonQuery("検索6", null, false), 0, 50).people())
                .singleElement()
                .extracting(Person::employeeNumber)
                .isEqualTo("N-6");
        assertThat(people.search(new PersonQuery("n-3", null, false), 0, 50).total())
                .isEqualTo(1);
        assertThat(people.search(new PersonQuery("たろう", null, false), 0, 50).total())
                .isEqualTo(7);
    }

    @Test
    void anOverseeingOrganizationSeesAggregatesOnly() {
        var parent = fixture.world();
        TestActors.platformAdministrator();
        Organization child = organizations.create(new OrganizationDraft(
                "c-" + UUID.randomUUID().toString().substring(0, 8),
                "子法人",
                null,
                OrganizationKind.INCORPORATED_ADMINISTRATIVE_AGENCY,
                parent.id()));
        TestActors.administrator(child.id());
        units.create(new UnitDraft(null, "K", "子部", null, UnitKind.BUREAU, 0));

        TestActors.administrator(parent.id());
        assertThat(organizations.overseen()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(child.id());
            assertThat(o.units()).isEqualTo(1);
            assertThat(o.people()).isZero();
            assertThat(o.vacancies()).isGreaterThanOrEqualTo(6);
        });
        TestActors.administrator(child.id());
        assertThat(organizations.overseen()).isEmpty();
        TestActors.platformAdministrator();
        assertThatThrownBy(() -> organizations.revise(
                        parent.id(),
                        parent.organization().version(),
                        new OrganizationDraft(null, "循環", null, OrganizationKind.MINISTRY, child.id())))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("organization.parent.cycle");
    }

    private long events(UUID organizationId, String action) {
        return jdbc.sql("select count(*) from audit_event where organization_id = ? and action = ?")
                .params(organizationId, action)
                .query(Long.class)
                .single();
    }

    private static PersonDraft draftOf(Person p, UUID unit) {
        return new PersonDraft(
                p.employeeNumber(),
                p.familyName(),
                p.givenName(),
                p.familyNameKana(),
                p.givenNameKana(),
                p.kind(),
                unit,
                p.jobTitle(),
                p.superiorId(),
                p.email(),
                p.phone(),
                p.joinedOn());
    }
}
