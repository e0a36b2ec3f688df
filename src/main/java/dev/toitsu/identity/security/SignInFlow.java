package dev.toitsu.identity.security;

import dev.toitsu.audittrail.AuditActor;
import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.identity.domain.SecondFactor;
import dev.toitsu.identity.domain.SecretCipher;
import dev.toitsu.identity.domain.UserAccount;
import dev.toitsu.identity.domain.UserAccountRepository;
import dev.toitsu.shared.DomainException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps after a correct password: enrol a TOTP authenticator on first sign-in, or check a code; count failures
 * towards the lockout; and on success hand back the fully authenticated token with the account's permissions.
 */
@Service
@Transactional(noRollbackFor = DomainException.class) // a refused code still counts towards the lockout
public class SignInFlow {

    /** Held after the password step. */
    public static final String PASSWORD_FACTOR = "FACTOR_PASSWORD";
    /** Held after the second factor: every page except sign-in itself requires it. */
    public static final String SECOND_FACTOR = "FACTOR_TOTP";

    private static final String ISSUER = "toitsu";

    private final UserAccountRepository accounts;
    private final SecondFactor secondFactor;
    private final SecretCipher cipher;
    private final SignInProperties properties;
    private final AccountDetailsService details;
    private final Clock clock;
    private final AuditTrail auditTrail;
    private final SignInMetrics metrics;

    SignInFlow(
            UserAccountRepository accounts,
            SecondFactor secondFactor,
            SecretCipher cipher,
            SignInProperties properties,
            AccountDetailsService details,
            Clock clock,
            AuditTrail auditTrail,
            SignInMetrics metrics) {
        this.accounts = accounts;
        this.secondFactor = secondFactor;
        this.cipher = cipher;
        this.properties = properties;
        this.details = details;
        this.clock = clock;
        this.auditTrail = auditTrail;
        this.metrics = metrics;
    }

    /**
     * The pending enrolment of the account: a new secret, kept encrypted until a first code confirms it, or the one
     * already shown (a reload or a mistyped code must not invalidate what the person has just scanned).
     */
    public SecondFactor.Enrolment enrolment(UUID accountId) {
        UserAccount account = account(accountId);
        if (account.totpEnabled()) {
            throw new DomainException("mfa.enrol.alreadyEnrolled");
        }
        String secret;
        if (account.totpSecret() != null) {
            secret = cipher.decrypt(account.totpSecret());
        } else {
            secret = secondFactor.newSecret();
            account.startTotpEnrolment(cipher.encrypt(secret));
            accounts.save(account);
        }
        return secondFactor.enrolment(ISSUER, account.username(), secret);
    }

    /** Confirms enrolment with the first code from the authenticator. */
    public Authentication confirmEnrolment(UUID accountId, String code) {
        UserAccount account = account(accountId);
        if (account.totpEnabled() || account.totpSecret() == null) {
            throw new DomainException("mfa.enrol.restart");
        }
        OptionalLong step = secondFactor.verify(cipher.decrypt(account.totpSecret()), code);
        if (step.isEmpty()) {
            metrics.codeFailed();
            failed(account, "二要素認証の設定時の確認コード誤り");
            throw new DomainException("mfa.code.invalid");
        }
        account.confirmTotp(step.getAsLong());
        account.registerSuccessfulSignIn(clock.instant());
        accounts.save(account);
        record(account, "identity.mfa.enrolled", "二要素認証（TOTP）を設定", AuditActor.unauthenticated(account.username()));
        record(account, "identity.login.succeeded", "ログイン（パスワード＋TOTP）", AuditActor.unauthenticated(account.username()));
        metrics.succeeded();
        return fullyAuthenticated(accountId);
    }

    /** Checks a code at sign-in; a code is accepted once only. */
    public Authentication verify(UUID accountId, String code) {
        UserAccount account = account(accountId);
        if (!account.totpEnabled()) {
            throw new DomainException("mfa.enrol.required");
        }
        if (account.isLocked(clock.instant())) {
            throw new DomainException("login.locked");
        }
        OptionalLong step = secondFactor.verify(cipher.decrypt(account.totpSecret()), code);
        if (step.isEmpty() || !account.acceptTotpStep(step.getAsLong())) {
            metrics.codeFailed();
            failed(account, "確認コード誤り");
            throw new DomainException(account.isLocked(clock.instant()) ? "login.locked" : "mfa.code.invalid");
        }
        account.registerSuccessfulSignIn(clock.instant());
        accounts.save(account);
        record(account, "identity.login.succeeded", "ログイン（パスワード＋TOTP）", AuditActor.unauthenticated(account.username()));
        metrics.succeeded();
        return fullyAuthenticated(accountId);
    }

    /**
     * After a sign-in at the organization's OpenID Connect provider: the provider vouches for the person, toitsu
     * finds the account with the same user id. When the provider asserted a second factor the person is fully signed
     * in; otherwise the result is the state after the password step, and toitsu's own TOTP step follows.
     *
     * @throws DomainException {@code login.sso.unknown} when no enabled account has that user id,
     *     {@code login.locked} when the account is locked
     */
    public Authentication federated(String username, String issuer, boolean multiFactor, String factors) {
        UserAccount account = accounts.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> {
                    metrics.passwordFailed();
                    return new DomainException("login.sso.unknown");
                });
        AccountPrincipal principal = details.loadById(account.id());
        if (!principal.isEnabled()) {
            throw new DomainException("login.sso.unknown");
        }
        if (account.isLocked(clock.instant())) {
            throw new DomainException("login.locked");
        }
        String via = "シングルサインオン（" + issuer + "、" + factors + "）";
        if (!multiFactor) {
            record(
                    account,
                    "identity.login.federated",
                    via + "：二要素目は toitsu の確認コード",
                    AuditActor.unauthenticated(username));
            principal.eraseCredentials();
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        }
        account.registerSuccessfulSignIn(clock.instant());
        accounts.save(account);
        record(account, "identity.login.succeeded", "ログイン（" + via + "）", AuditActor.unauthenticated(username));
        metrics.succeeded();
        return fullyAuthenticated(account.id());
    }

    /** A wrong password: counts towards the lockout (called for existing accounts only). */
    public void passwordFailed(String username) {
        accounts.findByUsername(username).ifPresent(account -> failed(account, "パスワード誤り"));
    }

    /** Re-reads the account (after a role or password change) and returns a fresh, fully authenticated token. */
    public Authentication fullyAuthenticated(UUID accountId) {
        AccountPrincipal principal = details.loadById(accountId);
        principal.eraseCredentials();
        Collection<GrantedAuthority> authorities = new ArrayList<>(principal.permissionAuthorities());
        authorities.add(new SimpleGrantedAuthority(PASSWORD_FACTOR));
        authorities.add(new SimpleGrantedAuthority(SECOND_FACTOR));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    private void failed(UserAccount account, String what) {
        boolean locked =
                account.registerFailure(properties.loginAttempts(), properties.lockDuration(), clock.instant());
        accounts.save(account);
        AuditActor claimed = AuditActor.unauthenticated(account.username());
        record(account, "identity.login.failed", what, claimed);
        if (locked) {
            metrics.locked();
            record(
                    account,
                    "identity.account.locked",
                    "連続失敗によりアカウントをロック（" + properties.lockDuration().toMinutes() + "分）",
                    claimed);
        }
    }

    private void record(UserAccount account, String action, String summary, AuditActor actor) {
        auditTrail.record(AuditRecord.of(
                        account.organizationId(),
                        action,
                        "account",
                        account.id().toString(),
                        summary)
                .by(actor));
    }

    private UserAccount account(UUID accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new DomainException("error.unauthenticated"));
    }
}
