package dev.toitsu.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import dev.toitsu.identity.Accounts;
import dev.toitsu.identity.ApiTokens;
import dev.toitsu.identity.security.SignInFlow;
import java.time.LocalDate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as a demo account, fully (password and second factor), or gives one an API token. */
@Component
public class DemoSignIn {

    private final Accounts accounts;
    private final SignInFlow flow;
    private final ApiTokens tokens;

    DemoSignIn(Accounts accounts, SignInFlow flow, ApiTokens tokens) {
        this.accounts = accounts;
        this.flow = flow;
        this.tokens = tokens;
    }

    public RequestPostProcessor as(String username) {
        return authentication(flow.fullyAuthenticated(accountId(username)));
    }

    /** A personal API token of the demo account ({@code Authorization: Bearer ...}). */
    public String bearer(String username, boolean write) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(flow.fullyAuthenticated(accountId(username)));
        SecurityContextHolder.setContext(context);
        try {
            return "Bearer "
                    + tokens.issue("test", write, LocalDate.now().plusDays(2)).token();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private java.util.UUID accountId(String username) {
        return accounts.byUsername(username).orElseThrow().id();
    }
}
