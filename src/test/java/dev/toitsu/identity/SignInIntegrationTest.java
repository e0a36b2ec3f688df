package dev.toitsu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.toitsu.identity.domain.SecondFactor;
import dev.toitsu.shared.Permission;
import dev.toitsu.support.BrowserSession;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    private BrowserSession signInWithPassword(String password) {
        BrowserSession session = new BrowserSession();
        MvcTestResult result = session.send(mvc.post()
                .uri("/login")
                .param("username", person.username())
                .param("password", password)
                .with(csrf()));
        assertThat(result).hasStatus3xxRedirection();
        return session;
    }

    private String enrol(BrowserSession session) throws Exception {
        MvcTestResult page = session.send(mvc.get().uri("/mfa"));
        assertThat(page).hasStatusOk().bodyText().contains("二要素認証の設定").contains("data:image/png;base64,");
        Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<")
                .matcher(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(secret.find()).isTrue();
        return secret.group(1);
    }

    @Test
    void passwordAloneDoesNotOpenThePages() {
        BrowserSession session = signInWithPassword(TestOrganizations.PASSWORD);
        assertThat(session.send(mvc.get().uri("/"))).hasStatus3xxRedirection().hasRedirectedUrl("/mfa");
        assertThat(session.send(mvc.get().uri("/account"))).hasStatus3xxRedirection();
    }

    @Test
    void enrolsAnAuthenticatorOnFirstSignInAndThenOpensThePages() throws Exception {
        BrowserSession session = signInWithPassword(TestOrganizations.PASSWORD);
        String secret = enrol(session);
        assertThat(session.send(mvc.post()
                        .uri("/mfa")
                        .param("code", secondFactor.currentCode(secret))
                        .with(csrf())))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/");
        assertThat(session.send(mvc.get().uri("/"))).hasStatusOk().bodyText().contains("試験 太郎");
    }

    @Test
    void theSessionLivesInPostgresqlSoAnyInstanceFindsItByTheCookieAlone() throws Exception {
        BrowserSession session = signInWithPassword(TestOrganizations.PASSWORD);
        String passwordStepId = session.sessionId();
        String secret = enrol(session);
        session.send(mvc.post()
                .uri("/mfa")
                .param("code", secondFactor.currentCode(secret))
                .with(csrf()));

        assertThat(session.sessionId()).isNotNull().isNotEqualTo(passwordStepId);
        assertThat(jdbc.sql("select principal_name from spring_session where session_id = :id")
                        .param("id", session.sessionId())
                        .query(String.class)
                        .single())
                .isEqualTo(person.username());
        assertThat(session.send(mvc.get().uri("/"))).hasStatusOk().bodyText().contains("試験 太郎");

        session.send(mvc.post().uri("/logout").with(csrf()));
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :name")
                        .param("name", person.username())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aWrongCodeKeepsTheSameSecretSoTheScannedQrCodeStillWorks() throws Exception {
        BrowserSession session = signInWithPassword(TestOrganizations.PASSWORD);
        String secret = enrol(session);
        assertThat(session.send(mvc.post().uri("/mfa").param("code", "000000").with(csrf())))
                .hasStatusOk()
                .bodyText()
                .contains("確認コードが正しくない")
                .contains(secret);
    }

    @Test
    void aCodeIsAcceptedOnlyOnce() throws Exception {
        BrowserSession first = signInWithPassword(TestOrganizations.PASSWORD);
        String secret = enrol(first);
        String code = secondFactor.currentCode(secret);
        assertThat(first.send(mvc.post().uri("/mfa").param("code", code).with(csrf())))
                .hasRedirectedUrl("/");

        BrowserSession second = signInWithPassword(TestOrganizations.PASSWORD);
        assertThat(second.send(mvc.post().uri("/mfa").param("code", code).with(csrf())))
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
        BrowserSession session = new BrowserSession();
        assertThat(session.send(mvc.get().uri("/login"))).hasStatusOk();
        assertThat(session.send(mvc.post()
                        .uri("/login")
                        .param("username", person.username())
                        .param("password", TestOrganizations.PASSWORD)))
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
    void theSessionCookieIsHttpOnlyAndSameSite() {
        var response = mvc.get().uri("/login").exchange().getResponse();
        assertThat(response.getHeader("Set-Cookie"))
                .startsWith(BrowserSession.COOKIE + "=")
                .contains("HttpOnly", "SameSite=Lax");
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
        BrowserSession session = signInWithPassword(TestOrganizations.PASSWORD);
        String secret = enrol(session);
        assertThat(session.send(mvc.post()
                        .uri("/mfa")
                        .param("code", secondFactor.currentCode(secret))
                        .with(csrf())))
                .hasRedirectedUrl("/");
        BrowserSession again = signInWithPassword(TestOrganizations.PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThat(again.send(mvc.post().uri("/mfa").param("code", "000000").with(csrf())))
                    .hasStatusOk();
        }
        assertThat(again.send(mvc.post().uri("/mfa").param("code", "000000").with(csrf())))
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
        BrowserSession session = signInWithPassword(TestOrganizations.PASSWORD);
        String secret = enrol(session);
        session.send(mvc.post()
                .uri("/mfa")
                .param("code", secondFactor.currentCode(secret))
                .with(csrf()));
        assertThat(jdbc.sql("select action from audit_event where organization_id = :org order by seq")
                        .param("org", person.organizationId())
                        .query(String.class)
                        .list())
                .contains("identity.login.failed", "identity.mfa.enrolled", "identity.login.succeeded");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
}
