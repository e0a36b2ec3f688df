package dev.toitsu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.toitsu.support.DemoSignIn;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.TestOrganizations;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Administrators open and maintain people's accounts from the person page. */
@IntegrationTest
class PersonAccountPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DemoSignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    Accounts accounts;

    /** A demo-ministry person without an account, made for this test. */
    private UUID newPerson() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into person (id, organization_id, family_name, given_name)"
                        + " select :id, id, '新人', '一郎' from organization where code = 'demo-ministry'")
                .param("id", id)
                .update();
        return id;
    }

    @Test
    void anAdministratorOpensAnAccountWithATemporaryPassword() {
        UUID person = newPerson();
        assertThat(mvc.get().uri("/people/{id}/account", person).with(signIn.as("admin")))
                .hasStatusOk()
                .bodyText()
                .contains("まだアカウントがありません");

        String username = "shinjin-" + person.toString().substring(0, 8);
        assertThat(mvc.post()
                        .uri("/people/{id}/account/open", person)
                        .param("username", username)
                        .param("temporaryPassword", "hajimete-no-kari-password")
                        .with(signIn.as("admin"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        AccountSummary opened = accounts.byUsername(username).orElseThrow();
        assertThat(opened.mustChangePassword()).isTrue();
        assertThat(opened.personId()).isEqualTo(person);
    }

    @Test
    void aWeakTemporaryPasswordIsExplainedInJapanese() {
        UUID person = newPerson();
        assertThat(mvc.post()
                        .uri("/people/{id}/account/open", person)
                        .param("username", "weak-" + person.toString().substring(0, 8))
                        .param("temporaryPassword", "short")
                        .with(signIn.as("admin"))
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("パスワードは12文字以上にしてください");
        assertThat(accounts.ofPerson(person)).isEmpty();
    }

    @Test
    void staffCannotAdministerAccounts() {
        assertThat(mvc.get().uri("/people/{id}/account", newPerson()).with(signIn.as("staff")))
                .hasStatus(403);
    }

    @Test
    void anotherOrganizationsPersonLooksAbsent() {
        var stranger = organizations.person(organizations.organization("他省"), "STAFF");
        assertThat(mvc.get().uri("/people/{id}/account", stranger.personId()).with(signIn.as("admin")))
                .hasStatus(404);
    }

    @Test
    void resettingTheSecondFactorMakesThePersonEnrolAgain() {
        UUID person = newPerson();
        String username = "reset-" + person.toString().substring(0, 8);
        mvc.post()
                .uri("/people/{id}/account/open", person)
                .param("username", username)
                .param("temporaryPassword", "hajimete-no-kari-password")
                .with(signIn.as("admin"))
                .with(csrf())
                .exchange();
        assertThat(mvc.post()
                        .uri("/people/{id}/account/second-factor/reset", person)
                        .with(signIn.as("admin"))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(accounts.byUsername(username).orElseThrow().secondFactorEnrolled())
                .isFalse();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'identity.mfa.reset' and subject_id = :id")
                        .param(
                                "id",
                                accounts.byUsername(username).orElseThrow().id().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
