package dev.toitsu.identity.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A sign-in account of one person. Guards its own lockout and second-factor transitions. */
@Table("user_account")
public class UserAccount {

    @Id
    private UUID id;

    private UUID organizationId;
    private UUID personId;
    private String username;
    private String passwordHash;
    private Instant passwordChangedAt;
    private boolean mustChangePassword;
    private String totpSecret;
    private boolean totpEnabled;
    private Long totpLastStep;
    private int failedAttempts;
    private Instant lockedUntil;
    private boolean platformAdmin;
    private boolean demo;
    private boolean enabled = true;
    private String preferredLocale;
    private Instant lastLoginAt;
    private Instant createdAt;

    @Version
    private Long version;

    protected UserAccount() {}

    public static UserAccount create(UUID organizationId, UUID personId, String username, String passwordHash) {
        UserAccount account = new UserAccount();
        account.id = UUID.randomUUID();
        account.organizationId = organizationId;
        account.personId = personId;
        account.username = username;
        account.passwordHash = passwordHash;
        account.passwordChangedAt = Instant.now();
        account.createdAt = Instant.now();
        return account;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed password or code; at the limit the account locks for the given time and the count restarts. */
    public boolean registerFailure(int limit, java.time.Duration lockFor, Instant now) {
        failedAttempts++;
        if (failedAttempts >= limit) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void registerSuccessfulSignIn(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash, boolean temporary) {
        passwordHash = newHash;
        passwordChangedAt = Instant.now();
        mustChangePassword = temporary;
    }

    public void startTotpEnrolment(String encryptedSecret) {
        totpSecret = encryptedSecret;
        totpEnabled = false;
        totpLastStep = null;
    }

    public void confirmTotp(long step) {
        totpEnabled = true;
        totpLastStep = step;
    }

    /** A code's time step must be newer than the last accepted one, so an observed code cannot be replayed. */
    public boolean acceptTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public void resetSecondFactor() {
        totpSecret = null;
        totpEnabled = false;
        totpLastStep = null;
    }

    public void markDemo() {
        demo = true;
    }

    public void grantPlatformAdministration() {
        platformAdmin = true;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void preferLocale(String locale) {
        preferredLocale = locale;
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID personId() {
        return personId;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String totpSecret() {
        return totpSecret;
    }

    public boolean totpEnabled() {
        return totpEnabled;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public boolean platformAdmin() {
        return platformAdmin;
    }

    public boolean demo() {
        return demo;
    }

    public boolean enabled() {
        return enabled;
    }

    public String preferredLocale() {
        return preferredLocale;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Long version() {
        return version;
    }
}
