package dev.toitsu.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-11-23T01:00:00Z");

    private UserAccount account() {
        return UserAccount.create(UUID.randomUUID(), UUID.randomUUID(), "tanaka", "{bcrypt}x");
    }

    @Test
    void locksAfterTheConfiguredNumberOfFailures() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            assertThat(account.registerFailure(5, Duration.ofMinutes(15), now)).isFalse();
        }
        assertThat(account.registerFailure(5, Duration.ofMinutes(15), now)).isTrue();
        assertThat(account.isLocked(now.plusSeconds(60))).isTrue();
        assertThat(account.isLocked(now.plus(Duration.ofMinutes(16)))).isFalse();
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() {
        UserAccount account = account();
        account.registerFailure(5, Duration.ofMinutes(15), now);
        account.registerSuccessfulSignIn(now);
        assertThat(account.failedAttempts()).isZero();
        assertThat(account.lastLoginAt()).isEqualTo(now);
    }

    @Test
    void refusesToAcceptTheSameTimeStepTwice() {
        UserAccount account = account();
        account.startTotpEnrolment("encrypted");
        account.confirmTotp(100);
        assertThat(account.acceptTotpStep(100)).isFalse();
        assertThat(account.acceptTotpStep(99)).isFalse();
        assertThat(account.acceptTotpStep(101)).isTrue();
        assertThat(account.acceptTotpStep(101)).isFalse();
    }

    @Test
    void resettingTheSecondFactorForgetsTheSecret() {
        UserAccount account = account();
        account.startTotpEnrolment("encrypted");
        account.confirmTotp(1);
        account.resetSecondFactor();
        assertThat(account.totpEnabled()).isFalse();
        assertThat(account.totpSecret()).isNull();
    }
}
