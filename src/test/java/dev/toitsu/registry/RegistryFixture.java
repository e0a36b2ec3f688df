package dev.toitsu.registry;

import dev.toitsu.identity.Accounts;
import dev.toitsu.shared.Permission;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh organization for register tests: 部局 A with 課室 A1 below it, and 部局 B; a 統括 (registers and scheme
 * organization-wide), a 課室 keeper for A1, a staff member, and a person to appoint as system owner.
 */
@Component
class RegistryFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final TransactionTemplate transactions;

    RegistryFixture(JdbcClient jdbc, Accounts accounts, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    record Org(
            UUID id,
            UUID unitA,
            UUID unitA1,
            UUID unitB,
            UUID generalIso,
            UUID sectionKeeper,
            UUID staff,
            UUID systemOwner,
            UUID systemOwnerPerson,
            String systemOwnerNumber,
            UUID systemOwnerRole) {}

    Org create() {
        return transactions.execute(status -> {
            int n = SEQUENCE.incrementAndGet();
            UUID org = UUID.randomUUID();
            jdbc.sql("insert into organization (id, code, name, kind) values (:id, :code, :name, 'MINISTRY')")
                    .param("id", org)
                    .param("code", "reg-" + org)
                    .param("name", "台帳試験省" + n)
                    .update();
            UUID a = unit(org, null, "A", "部局A");
            UUID a1 = unit(org, a, "A1", "課室A1");
            UUID b = unit(org, null, "B", "部局B");
            UUID general = role(
                    org,
                    "GENERAL_ISO",
                    "ORGANIZATION",
                    Permission.DIRECTORY_READ,
                    Permission.CLASSIFICATION_READ,
                    Permission.CLASSIFICATION_ADMINISTER,
                    Permission.REGISTRY_READ,
                    Permission.REGISTRY_ADMINISTER,
                    Permission.AUDIT_TRAIL_READ);
            UUID section = role(
                    org,
                    "SECTION_ISO",
                    "UNIT",
                    Permission.DIRECTORY_READ,
                    Permission.CLASSIFICATION_READ,
                    Permission.REGISTRY_READ,
                    Permission.REGISTRY_ADMINISTER);
            UUID staff = role(org, "STAFF", "ORGANIZATION", Permission.DIRECTORY_READ, Permission.CLASSIFICATION_READ);
            UUID owner = role(
                    org,
                    "SYSTEM_OWNER",
                    "SYSTEM",
                    Permission.DIRECTORY_READ,
                    Permission.REGISTRY_READ,
                    Permission.REGISTRY_ADMINISTER);
            UUID generalPerson = person(org, a, "G" + n);
            assign(org, general, generalPerson, "ORGANIZATION", null);
            UUID sectionPerson = person(org, a1, "S" + n);
            assign(org, section, sectionPerson, "UNIT", a1);
            assign(org, staff, sectionPerson, "ORGANIZATION", null);
            UUID staffPerson = person(org, b, "T" + n);
            assign(org, staff, staffPerson, "ORGANIZATION", null);
            UUID ownerPerson = person(org, b, "O" + n);
            assign(org, staff, ownerPerson, "ORGANIZATION", null);
            return new Org(
                    org,
                    a,
                    a1,
                    b,
                    account(generalPerson),
                    account(sectionPerson),
                    account(staffPerson),
                    account(ownerPerson),
                    ownerPerson,
                    "O" + n,
                    owner);
        });
    }

    /** Appoints the fixture's system owner for a system (a system-scoped role, as RoleAssignments would). */
    void appointOwner(Org org, UUID systemId) {
        transactions.executeWithoutResult(
                s -> assign(org.id(), org.systemOwnerRole(), org.systemOwnerPerson(), "SYSTEM", systemId));
    }

    private UUID unit(UUID org, UUID parent, String code, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "insert into unit (id, organization_id, parent_id, code, name, kind) values (:id, :org, :parent, :code, :name, 'DIVISION')")
                .param("id", id)
                .param("org", org)
                .param("parent", parent)
                .param("code", code)
                .param("name", name)
                .update();
        return id;
    }

    private UUID role(UUID org, String code, String scope, Permission... permissions) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into role_definition (id, organization_id, code, name, scope_kind, permissions)"
                        + " values (:id, :org, :code, :code, :scope, :permissions)")
                .param("id", id)
                .param("org", org)
                .param("code", code)
                .param("scope", scope)
                .param("permissions", Arrays.stream(permissions).map(Enum::name).toArray(String[]::new))
                .update();
        return id;
    }

    private UUID person(UUID org, UUID unit, String number) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into person (id, organization_id, unit_id, employee_number, family_name, given_name)"
                        + " values (:id, :org, :unit, :number, '台帳', :given)")
                .param("id", id)
                .param("org", org)
                .param("unit", unit)
                .param("number", number)
                .param("given", "太郎" + number)
                .update();
        return id;
    }

    private void assign(UUID org, UUID role, UUID person, String scope, UUID scopeId) {
        jdbc.sql("insert into role_assignment (organization_id, role_id, person_id, scope_kind, scope_id, starts_on)"
                        + " values (:org, :role, :person, :scope, :scopeId, :from)")
                .param("org", org)
                .param("role", role)
                .param("person", person)
                .param("scope", scope)
                .param("scopeId", scopeId)
                .param("from", LocalDate.now().minusDays(1))
                .update();
    }

    private UUID account(UUID person) {
        String username = "reg-" + UUID.randomUUID().toString().substring(0, 12);
        return accounts.bootstrap(person, username, "correct-horse-battery-staple", false, false)
                .id();
    }
}
