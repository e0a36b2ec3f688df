package dev.toitsu.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.organization.RoleDefinition;
import dev.toitsu.organization.ScopeKind;
import dev.toitsu.organization.UnitKind;
import dev.toitsu.organization.Vacancy;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 001 1.2.1.1: the roles the standard requires every organization, 部局 and 課室 to have. */
class VacancyPolicyTests {

    private final UUID bureau = UUID.randomUUID();
    private final UUID division = UUID.randomUUID();
    private final UUID closed = UUID.randomUUID();
    private final UnitTree units = new UnitTree(List.of(
            new UnitTree.Node(bureau, null, UnitKind.BUREAU, true, "政策局"),
            new UnitTree.Node(division, bureau, UnitKind.DIVISION, true, "企画課"),
            new UnitTree.Node(closed, bureau, UnitKind.DIVISION, false, "廃止課")));

    private final List<RoleDefinition> roles = StandardRoles.ALL.stream()
            .map(s -> new RoleDefinition(
                    UUID.randomUUID(),
                    s.code(),
                    s.name(),
                    s.nameEn(),
                    null,
                    true,
                    s.scopeKind(),
                    s.permissions(),
                    s.contactList(),
                    0,
                    true,
                    0))
            .toList();

    private final List<VacancyPolicy.Holding> everyRole = new ArrayList<>(List.of(
            org("CISO"),
            org("GENERAL_ISO"),
            org("AUDIT_CHIEF"),
            org("AUDITOR"),
            org("CSIRT"),
            new VacancyPolicy.Holding("ISO", ScopeKind.UNIT, bureau),
            new VacancyPolicy.Holding("SECTION_ISO", ScopeKind.UNIT, division)));

    @Test
    void findsNoVacancyWhenEveryRequiredRoleIsHeld() {
        assertThat(VacancyPolicy.vacancies(roles, units, everyRole)).isEmpty();
    }

    @Test
    void reportsAMissingCiso() {
        everyRole.removeIf(h -> h.roleCode().equals("CISO"));

        assertThat(VacancyPolicy.vacancies(roles, units, everyRole))
                .extracting(Vacancy::roleCode, Vacancy::unitId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CISO", null));
    }

    @Test
    void reportsASectionWithoutItsSectionOfficer() {
        everyRole.removeIf(h -> h.roleCode().equals("SECTION_ISO"));

        List<Vacancy> vacancies = VacancyPolicy.vacancies(roles, units, everyRole);

        assertThat(vacancies).singleElement().satisfies(v -> {
            assertThat(v.roleCode()).isEqualTo("SECTION_ISO");
            assertThat(v.unitName()).isEqualTo("企画課");
        });
    }

    @Test
    void expectsNothingOfAClosedUnitOrADeactivatedRole() {
        everyRole.removeIf(h -> h.roleCode().equals("CISO"));
        List<RoleDefinition> withoutCiso = roles.stream()
                .map(r -> r.code().equals("CISO")
                        ? new RoleDefinition(
                                r.id(),
                                r.code(),
                                r.name(),
                                r.nameEn(),
                                null,
                                true,
                                r.scopeKind(),
                                r.permissions(),
                                r.contactList(),
                                0,
                                false,
                                0)
                        : r)
                .toList();

        assertThat(VacancyPolicy.vacancies(withoutCiso, units, everyRole)).isEmpty();
    }

    private static VacancyPolicy.Holding org(String code) {
        return new VacancyPolicy.Holding(code, ScopeKind.ORGANIZATION, null);
    }
}
