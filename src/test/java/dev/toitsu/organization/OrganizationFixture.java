package dev.toitsu.organization;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Opens a fresh organization with a small tree, for tests that change data. */
@Component
public class OrganizationFixture {

    private final Organizations organizations;
    private final Units units;
    private final People people;
    private final Roles roles;

    OrganizationFixture(Organizations organizations, Units units, People people, Roles roles) {
        this.organizations = organizations;
        this.units = units;
        this.people = people;
        this.roles = roles;
    }

    /** 本省 (org) → 局 A (bureau) → 課 A1; 局 B → 課 B1. Leaves an organization administrator signed in. */
    public World world() {
        TestActors.platformAdministrator();
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        Organization org = organizations.create(
                new OrganizationDraft(code, "テスト省 " + code, null, OrganizationKind.MINISTRY, null));
        TestActors.administrator(org.id());
        Unit a = units.create(new UnitDraft(null, "A", "A局", null, UnitKind.BUREAU, 1));
        Unit a1 = units.create(new UnitDraft(a.id(), "A1", "A1課", null, UnitKind.DIVISION, 1));
        Unit b = units.create(new UnitDraft(null, "B", "B局", null, UnitKind.BUREAU, 2));
        Unit b1 = units.create(new UnitDraft(b.id(), "B1", "B1課", null, UnitKind.DIVISION, 1));
        Map<String, UUID> roleIds =
                roles.all().stream().collect(Collectors.toMap(RoleDefinition::code, RoleDefinition::id));
        return new World(org, a, a1, b, b1, roleIds);
    }

    public Person person(String number, String family, UUID unit, UUID superior) {
        return people.register(new PersonDraft(
                number,
                family,
                "太郎",
                "てすと",
                "たろう",
                PersonKind.STAFF,
                unit,
                "係員",
                superior,
                number.toLowerCase() + "@example.jp",
                "03-0000-0000",
                LocalDate.of(2020, 4, 1)));
    }

    public record World(Organization organization, Unit a, Unit a1, Unit b, Unit b1, Map<String, UUID> roles) {

        public UUID id() {
            return organization.id();
        }

        public UUID role(String code) {
            return roles.get(code);
        }
    }
}
