package dev.toitsu.support;

import dev.toitsu.identity.security.SignInFlow;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Runs code as a fully signed-in account (both factors), as the service layer sees it. */
@Component
public class SignedIn {

    private final SignInFlow flow;

    SignedIn(SignInFlow flow) {
        this.flow = flow;
    }

    public <T> T as(UUID accountId, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(flow.fullyAuthenticated(accountId));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(UUID accountId, Runnable work) {
        as(accountId, () -> {
            work.run();
            return null;
        });
    }
}
