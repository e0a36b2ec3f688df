package dev.toitsu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.identity.domain.SecondFactor;
import dev.toitsu.shared.Permission;
import dev.toitsu.support.BrowserSession;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.TestIdentityProvider;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Issue 13: single sign-on with a real OpenID Connect provider (Spring Authorization Server, started here). The
 * browser's part is played by MockMvc on the toitsu side and an HTTP client with cookies on the provider's side.
 */
@IntegrationTest
class SingleSignOnTest {

    static TestIdentityProvider provider;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    JdbcClient jdbc;

    TestPerson person;

    @BeforeAll
    static void startProvider() {
        provider = TestIdentityProvider.start();
    }

    @AfterAll
    static void stopProvider() {
        TestIdentityProvider.assertMultiFactor(true);
        if (provider != null) {
            provider.close();
        }
    }

    @BeforeEach
    void person() {
        person = organizations.person(organizations.organization("認証基盤省"), "STAFF", Permission.DIRECTORY_READ);
    }

    @Test
    void theSignInPageOffersTheProvider() {
        assertThat(mvc.get().uri("/login"))
                .hasStatusOk()
                .bodyText()
                .contains("試験用認証基盤 でログイン", "/oauth2/authorization/test-idp");
    }

    @Test
    void aSecondFactorAssertedByTheProviderCompletesTheSignIn() throws Exception {
        TestIdentityProvider.assertMultiFactor(true);
        BrowserSession browser = new BrowserSession();

        MvcTestResult back = signInAtProvider(browser, person.username());

        assertThat(back).hasRedirectedUrl("/");
        assertThat(browser.send(mvc.get().uri("/"))).hasStatusOk().bodyText().contains("試験 太郎");
        assertThat(actions()).contains("identity.login.succeeded");
        assertThat(summaries()).anyMatch(s -> s.contains("シングルサインオン") && s.contains("otp"));
    }

    @Test
    void withoutASecondFactorAtTheProviderToitsuAsksItsOwnCode() throws Exception {
        TestIdentityProvider.assertMultiFactor(false);
        BrowserSession browser = new BrowserSession();

        MvcTestResult back = signInAtProvider(browser, person.username());

        assertThat(back).hasRedirectedUrl("/mfa");
        assertThat(browser.send(mvc.get().uri("/"))).hasStatus3xxRedirection().hasRedirectedUrl("/mfa");
        assertThat(browser.send(mvc.get().uri("/mfa"))).hasStatusOk().bodyText().contains("二要素認証の設定");
        assertThat(actions()).contains("identity.login.federated").doesNotContain("identity.login.succeeded");
    }

    @Test
    void aPersonWithoutAToitsuAccountIsRefused() throws Exception {
        TestIdentityProvider.assertMultiFactor(true);
        BrowserSession browser = new BrowserSession();

        MvcTestResult back = signInAtProvider(browser, "nobody-" + System.nanoTime());

        assertThat(back).hasRedirectedUrl("/login?error=sso-unknown");
        assertThat(browser.send(mvc.get().uri("/"))).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/login?error=sso-unknown")).bodyText().contains("toitsu アカウントがないか");
    }

    @Test
    void aForgedCallbackIsRefused() {
        BrowserSession browser = new BrowserSession();
        browser.send(mvc.get().uri("/oauth2/authorization/test-idp"));

        assertThat(browser.send(mvc.get().uri("/login/oauth2/code/test-idp?code=forged&state=forged")))
                .hasRedirectedUrl("/login?error=sso");
    }

    /** toitsu → provider (sign in there) → back to toitsu's callback; returns toitsu's answer to the callback. */
    private MvcTestResult signInAtProvider(BrowserSession browser, String username)
            throws IOException, InterruptedException {
        MvcTestResult start = browser.send(mvc.get().uri("/oauth2/authorization/test-idp"));
        String authorize = start.getResponse().getRedirectedUrl();
        assertThat(authorize).startsWith(TestIdentityProvider.ISSUER + "/oauth2/authorize");

        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> toLogin = get(client, authorize);
        String loginPage = get(client, location(toLogin, authorize)).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("the provider's login form").isTrue();
        HttpResponse<String> loggedIn = client.send(
                HttpRequest.newBuilder(URI.create(TestIdentityProvider.ISSUER + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                                + TestIdentityProvider.PASSWORD + "&_csrf=" + encode(csrf.group(1))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> toCallback = get(client, location(loggedIn, TestIdentityProvider.ISSUER));
        String callback = location(toCallback, TestIdentityProvider.ISSUER);
        assertThat(callback).startsWith("http://localhost/login/oauth2/code/test-idp?");

        return browser.send(mvc.get().uri(URI.create(callback)));
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<?> response, String base) {
        String location = response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError(
                        "expected a redirect, got " + response.statusCode() + ": " + response.body()));
        return URI.create(base).resolve(location).toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private java.util.List<String> actions() {
        return jdbc.sql("select action from audit_event where organization_id = :org order by seq")
                .param("org", person.organizationId())
                .query(String.class)
                .list();
    }

    private java.util.List<String> summaries() {
        return jdbc.sql("select summary from audit_event where organization_id = :org order by seq")
                .param("org", person.organizationId())
                .query(String.class)
                .list();
    }
}
