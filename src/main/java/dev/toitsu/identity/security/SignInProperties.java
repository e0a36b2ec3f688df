package dev.toitsu.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param loginAttempts failed passwords or codes in a row before the account locks
 * @param lockDuration how long a locked account stays locked (an administrator can unlock earlier)
 */
@ConfigurationProperties("toitsu.security")
public record SignInProperties(Integer loginAttempts, Duration lockDuration) {

    public SignInProperties {
        loginAttempts = loginAttempts == null ? 5 : loginAttempts;
        lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    }
}
