package dev.toitsu.support;

import dev.toitsu.identity.AccountSummary;
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
 * Builds small, uniquely named organizations with people, roles and accounts directly in the database, for tests
 * that need a signed-in person but are not about the organization module itself.
 */
@Component
public class TestOrganizations {

    public static final String PASSWORD = "correct-horse-battery-staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final TransactionTemplate transactions;

    TestOrganizations(JdbcClient jdbc, Accounts accounts, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    public record TestPerson(UUID organizationId, UUID personId, UUID accountId, String username) {}

    public UUID organization(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into organization (id, code, name, kind) values (:id, :code, :name, 'MINISTRY')")
                .param("id", id)
                .param("code", "test-" + id)
                .param("name", name)
                .update();
        return id;
    }

    /** A division (課室) at the top of the organization. */
    public UUID unit(UUID organizationId, String code, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "insert into unit (id, organization_id, code, name, kind) values (:id, :org, :code, :name, 'DIVISION')")
                .param("id", id)
                .param("org", organizationId)
                .param("code", code)
                .param("name", name)
                .update();
        return id;
    }

    /** A person with an account (password {@link #PASSWORD}, no second factor yet) holding one role. */
    public TestPerson person(UUID organizationId, String roleCode, Permission... permissions) {
        return transactions.execute(status -> {
            UUID personId = UUID.randomUUID();
            int n = SEQUENCE.incrementAndGet();
            jdbc.sql("insert into person (id, organization_id, family_name, given_name, email)"
                            + " values (:id, :org, '試験', :given, :email)")
                    .param("id", personId)
                    .param("org", organizationId)
                    .param("given", "太郎" + n)
                    .param("email", "test" + n + "@example.jp")
                    .update();
            UUID roleId = jdbc.sql("select id from role_definition where organization_id = :org and code = :code")
                    .param("org", organizationId)
                    .param("code", roleCode)
                    .query(UUID.class)
                    .optional()
                    .orElseGet(() -> role(organizationId, roleCode, permissions));
            jdbc.sql("insert into role_assignment (organization_id, role_id, person_id, scope_kind, starts_on)"
                            + " values (:org, :role, :person, 'ORGANIZATION', :from)")
                    .param("org", organizationId)
                    .param("role", roleId)
                    .param("person", personId)
                    .param("from", LocalDate.now().minusDays(1))
                    .update();
            String username = "user" + n + "-" + UUID.randomUUID().toString().substring(0, 6);
            AccountSummary account = accounts.bootstrap(personId, username, PASSWORD, false, false);
            return new TestPerson(organizationId, personId, account.id(), username);
        });
    }

    private UUID role(UUID organizationId, String code, Permission... permissions) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into role_definition (id, organization_id, code, name, permissions)"
                        + " values (:id, :org, :code, :code, :permissions)")
                .param("id", id)
                .param("org", organizationId)
                .param("code", code)
                .param("permissions", Arrays.stream(permissions).map(Enum::name).toArray(String[]::new))
                .update();
        return id;
    }
}
