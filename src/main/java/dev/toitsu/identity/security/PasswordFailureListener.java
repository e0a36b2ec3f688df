package dev.toitsu.identity.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/** Wrong passwords count towards the lockout, like wrong codes. */
@Component
class PasswordFailureListener {

    private final SignInFlow flow;

    PasswordFailureListener(SignInFlow flow) {
        this.flow = flow;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        flow.passwordFailed(event.getAuthentication().getName());
    }
}
