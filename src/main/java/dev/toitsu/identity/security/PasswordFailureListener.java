package dev.toitsu.identity.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/** Wrong passwords count towards the lockout, like wrong codes. */
@Component
class PasswordFailureListener {

    private final SignInFlow flow;
    private final SignInMetrics metrics;

    PasswordFailureListener(SignInFlow flow, SignInMetrics metrics) {
        this.flow = flow;
        this.metrics = metrics;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        metrics.passwordFailed(); // unknown user ids too: guessing shows in the rate either way
        flow.passwordFailed(event.getAuthentication().getName());
    }
}
