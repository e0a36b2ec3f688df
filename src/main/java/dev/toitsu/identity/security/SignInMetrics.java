package dev.toitsu.identity.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Sign-in counters for monitoring (Prometheus {@code toitsu_signin_total}, {@code toitsu_signin_lockouts_total}):
 * a burst of failures is the first sign of password guessing. Counts only; who failed is in the audit trail.
 */
@Component
class SignInMetrics {

    private final Counter succeeded;
    private final Counter passwordFailed;
    private final Counter codeFailed;
    private final Counter lockouts;

    SignInMetrics(MeterRegistry registry) {
        succeeded = outcome(registry, "succeeded", "second-factor");
        passwordFailed = outcome(registry, "failed", "password");
        codeFailed = outcome(registry, "failed", "second-factor");
        lockouts = Counter.builder("toitsu.signin.lockouts")
                .description("Accounts locked after repeated failures")
                .register(registry);
    }

    private static Counter outcome(MeterRegistry registry, String outcome, String factor) {
        return Counter.builder("toitsu.signin")
                .description("Sign-in attempts by outcome and the factor that decided it")
                .tag("outcome", outcome)
                .tag("factor", factor)
                .register(registry);
    }

    void succeeded() {
        succeeded.increment();
    }

    void passwordFailed() {
        passwordFailed.increment();
    }

    void codeFailed() {
        codeFailed.increment();
    }

    void locked() {
        lockouts.increment();
    }
}
