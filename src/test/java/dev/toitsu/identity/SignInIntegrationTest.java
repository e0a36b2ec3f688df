package dev.toitsu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.toitsu.identity.domain.SecondFactor;
import dev.toitsu.shared.Permission;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class SignInIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SecondFactor secondFactor;

    TestPerson person;

    @BeforeEach
    void person() {
        person = organizations.person(organizations.organization("試験省"), "STAFF", Permission.DIRECTORY_READ);
    }

    private MockHttpSession signInWithPassword(String password) {
        MockHttpSession session = new MockHttpSession();
        MvcTestResult result = mvc.post()
                .uri("/login")
                .session(session)
                .param("username", person.username())
                .param("password", password)
                .with(csrf())
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        return session;
    }

    private String enrol(MockHttpSession session) throws Exception {
        MvcTestResult page = mvc.get().uri("/mfa").session(session).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("二要素認証の設定").contains("data:image/png;base64,");
        Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<")
                .matcher(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(secret.find()).isTrue();
        return secret.group(1);
    }

    @Test
    void passwordAloneDoesNotOpenThePages() {
        MockHttpSession session = signInWithPassword(TestOrganizations.PASSWORD);
        assertThat(mvc.get().uri("/").session(session))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/mfa");
        assertThat(mvc.get().uri("/account").session(session)).hasStatus3xxRedirection();
    }

    @Test
    void enrolsAnAuthenticatorOnFirstSignInAndThenOpensThePages() throws Exception {
        MockHttpSession session = signInWithPassword(TestOrganizations.PASSWORD);
        String secret = enrol(session);
        assertThat(mvc.post()
                        .uri("/mfa")
                        .session(session)
                        .param("code", secondFactor.currentCode(secret))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/");
        assertThat(mvc.get().uri("/").session(session)).hasStatusOk().bodyText().contains("試験 太郎");
    }

    @Test
    void aWrongCodeKeepsTheSameSecretSoTheScannedQrCodeStillWorks() throws Exception {
        MockHttpSession session = signInWithPassword(TestOrganizations.PASSWORD);
        String secret = enrol(session);
        assertThat(mvc.post()
                        .uri("/mfa")
                        .session(session)
                        .param("code", "000000")
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("確認コードが正しくない")
                .contains(secret);
    }

    @Test
    void aCodeIsAcceptedOnlyOnce() throws Exception {
        MockHttpSession first = signInWithPassword(TestOrganizations.PASSWORD);
        String secret = enrol(first);
        String code = secondFactor.currentCode(secret);
        assertThat(mvc.post().uri("/mfa").session(first).param("code", code).with(csrf()))
                .hasRedirectedUrl("/");

        MockHttpSession second = signInWithPassword(TestOrganizations.PASSWORD);
        assertThat(mvc.post().uri("/mfa").session(second).param("code", code).with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("確認コードが正しくない");
    }

    @Test
    void locksTheAccountAfterRepeatedWrongPasswords() {
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.post()
                            .uri("/login")
                            .param("username", person.username())
                            .param("password", "wrong-password-" + i)
                            .with(csrf()))
                    .hasRedirectedUrl("/login?error=invalid");
        }
        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", person.username())
                        .param("password", TestOrganizations.PASSWORD)
                        .with(csrf()))
                .hasRedirectedUrl("/login?error=locked");
    }

    @Test
    void anUnknownUserLooksLikeAWrongPassword() {
        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", "nobody-" + person.username())
                        .param("password", "whatever-password")
                        .with(csrf()))
                .hasRedirectedUrl("/login?error=invalid");
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() {
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.get().uri("/login").session(session)).hasStatusOk();
        assertThat(mvc.post()
                        .uri("/login")
                        .session(session)
                        .param("username", person.username())
                        .param("password", TestOrganizations.PASSWORD))
                .hasStatus(403);
    }

    @Test
    void theLoginPageSpeaksJapaneseByDefaultAndEnglishOnRequest() {
        assertThat(mvc.get().uri("/login"))
                .hasStatusOk()
                .bodyText()
                .contains("ログイン")
                .contains("lang=\"ja\"");
        assertThat(mvc.get().uri("/login?lang=en")).hasStatusOk().bodyText().contains("Sign in");
    }

    @Test
    void pagesCarrySecurityHeaders() {
        var response = mvc.get().uri("/login").exchange().getResponse();
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
    }

    @Test
    void wrongCodesLockTheAccountToo() throws Exception {
        MockHttpSession session = signInWithPassword(TestOrganizations.PASSWORD);
        String secret = enrol(session);
        assertThat(mvc.post()
                        .uri("/mfa")
                        .session(session)
                        .param("code", secondFactor.currentCode(secret))
                        .with(csrf()))
                .hasRedirectedUrl("/");
        MockHttpSession again = signInWithPassword(TestOrganizations.PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(mvc.post()
                            .uri("/mfa")
                            .session(again)
                            .param("code", "000000")
                            .with(csrf()))
                    .hasStatusOk();
        }
        assertThat(mvc.post().uri("/mfa").session(again).param("code", "000000").with(csrf()))
                .hasRedirectedUrl("/login?error=locked");
        assertThat(mvc.post()
                        .uri("/login")
                        .param("username", person.username())
                        .param("password", TestOrganizations.PASSWORD)
                        .with(csrf()))
                .hasRedirectedUrl("/login?error=locked");
    }

    @Test
    void signInsAndFailuresAreInTheAuditTrail() throws Exception {
        signInWithPassword("wrong-password-x");
        MockHttpSession session = signInWithPassword(TestOrganizations.PASSWORD);
        String secret = enrol(session);
        mvc.post()
                .uri("/mfa")
                .session(session)
                .param("code", secondFactor.currentCode(secret))
                .with(csrf())
                .exchange();
        assertThat(jdbc.sql("select action from audit_event where organization_id = :org order by seq")
                        .param("org", person.organizationId())
                        .query(String.class)
                        .list())
                .contains("identity.login.failed", "identity.mfa.enrolled", "identity.login.succeeded");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
}
