package dev.toitsu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.identity.AccountSummary;
import dev.toitsu.identity.Accounts;
import dev.toitsu.organization.OrganizationDirectory;
import dev.toitsu.organization.RoleAssignments;
import dev.toitsu.organization.TestActors;
import dev.toitsu.organization.Vacancy;
import dev.toitsu.shared.Permission;
import dev.toitsu.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The test profile runs in demo mode, so the context has loaded the demo organization at start-up. */
@IntegrationTest
class DemoOrganizationTests {

    @Autowired
    DemoOrganization demo;

    @Autowired
    OrganizationDirectory directory;

    @Autowired
    Accounts accounts;

    @Autowired
    RoleAssignments assignments;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestActors.signOut();
    }

    @Test
    void loadsTheMinistryAndTheAgencyItOversees() {
        UUID ministry = directory.organizationByCode("demo-ministry").orElseThrow();
        UUID agency = directory.organizationByCode("demo-agency").orElseThrow();

        assertThat(jdbc.sql("select parent_id from organization where id = ?")
                        .param(agency)
                        .query(UUID.class)
                        .single())
                .isEqualTo(ministry);
        TestActors.in(ministry, Permission.DIRECTORY_READ).signIn();
        assertThat(assignments.vacancies()).isEmpty();
        TestActors.in(agency, Permission.DIRECTORY_READ).signIn();
        assertThat(assignments.vacancies())
                .extracting(Vacancy::roleCode)
                .containsExactlyInAnyOrder("AUDIT_CHIEF", "AUDITOR");
    }

    @Test
    void everyDocumentedAccountExistsWithItsSecondFactorExceptStaff2() {
        for (String username : DemoData.usernames()) {
            AccountSummary account = accounts.byUsername(username).orElseThrow();
            assertThat(account.secondFactorEnrolled()).as(username).isEqualTo(!"staff2".equals(username));
            assertThat(account.mustChangePassword()).isFalse();
        }
        assertThat(DemoData.usernames()).hasSize(14);
        assertThat(jdbc.sql("select platform_admin from user_account where username = 'admin'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void loadingAgainChangesNothing() {
        long people = jdbc.sql("select count(*) from person").query(Long.class).single();

        demo.run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single())
                .isEqualTo(people);
    }

    @Test
    void theLoadIsInTheAuditTrail() {
        assertThat(jdbc.sql("select count(*) from audit_event where actor_name = ? and action = ?")
                        .params(DemoActor.NAME, "organization.assignment.started")
                        .query(Long.class)
                        .single())
                .isGreaterThan(40);
    }
}
