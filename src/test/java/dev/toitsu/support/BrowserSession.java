package dev.toitsu.support;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A MockMvc client that keeps the session cookie like a browser does. Sessions live in PostgreSQL (Spring Session
 * JDBC) and are found by the {@code TOITSU_SESSION} cookie alone, so a test that signs in step by step must send the
 * cookie the previous answer set, including the new one issued when the session id changes at sign-in.
 */
public final class BrowserSession {

    public static final String COOKIE = "TOITSU_SESSION";

    private Cookie cookie;

    public MvcTestResult send(MockMvcRequestBuilder request) {
        if (cookie != null) {
            request.cookie(cookie);
        }
        MvcTestResult result = request.exchange();
        Cookie issued = result.getResponse().getCookie(COOKIE);
        if (issued != null) {
            cookie = issued.getMaxAge() == 0 ? null : issued;
        }
        return result;
    }

    /** The session id as the server stores it (the cookie carries it Base64-encoded). */
    public String sessionId() {
        return cookie == null
                ? null
                : new String(
                        java.util.Base64.getDecoder().decode(cookie.getValue()),
                        java.nio.charset.StandardCharsets.UTF_8);
    }
}
