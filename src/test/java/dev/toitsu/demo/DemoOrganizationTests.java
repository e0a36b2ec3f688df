package dev.toitsu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.identity.AccountSummary;
import dev.toitsu.identity.Accounts;
import dev.toitsu.organization.OrganizationDirectory;
import dev.toitsu.organization.RoleAssignments;
import dev.toitsu.organization.TestActors;
import dev.toitsu.organization.Vacancy;
import dev.toitsu.shared.Permission;
import dev.toitsu.support.DemoSignIn;
import dev.toitsu.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

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

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DemoSignIn demoSignIn;

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

    @Test
    void theSystemOwnerKeepsTheDocumentSystemTheDemoRolesAreHeldFor() throws Exception {
        MvcTestResult list = mvc.get()
                .uri("/api/v1/registry/systems")
                .header("Authorization", demoSignIn.bearer("system-owner", false))
                .exchange();
        assertThat(list).hasStatusOk();
        String body = list.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body).contains(DemoOrganization.DOCUMENT_SYSTEM.toString(), "文書管理システム", "\"total\":1");

        UUID ministry = directory.organizationByCode("demo-ministry").orElseThrow();
        for (String table : new String[] {"information_asset", "equipment", "external_medium"}) {
            assertThat(jdbc.sql("select count(*) from " + table + " where organization_id = ?")
                            .param(ministry)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isGreaterThanOrEqualTo(3);
        }
    }
}
