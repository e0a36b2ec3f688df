package dev.toitsu.identity;

import dev.toitsu.audittrail.AuditActor;
import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.identity.domain.PasswordPolicy;
import dev.toitsu.identity.domain.SecretCipher;
import dev.toitsu.identity.domain.UserAccount;
import dev.toitsu.identity.domain.UserAccountRepository;
import dev.toitsu.organization.OrganizationDirectory;
import dev.toitsu.organization.PersonProfile;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration and self-service: open an account for a person, change a password, unlock, reset the
 * second factor. Administration needs {@link Permission#ORGANIZATION_ADMINISTER} in the person's organization.
 */
@Service
@Transactional
public class Accounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final OrganizationDirectory directory;
    private final SecretCipher cipher;
    private final Clock clock;
    private final AuditTrail auditTrail;

    Accounts(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            OrganizationDirectory directory,
            SecretCipher cipher,
            Clock clock,
            AuditTrail auditTrail) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.directory = directory;
        this.cipher = cipher;
        this.clock = clock;
        this.auditTrail = auditTrail;
    }

    /** Opens an account with a temporary password the person must change at first sign-in. */
    public AccountSummary open(UUID personId, String username, String temporaryPassword) {
        PersonProfile person = directory.person(personId).orElseThrow(() -> new NotFoundException("error.notFound"));
        requireAdministration(person.organizationId());
        AccountSummary opened = openWithoutCheck(person, username, temporaryPassword, true);
        record(
                opened,
                "identity.account.opened",
                "アカウントを開設: " + opened.username() + "（" + person.displayName() + "）",
                null);
        return opened;
    }

    /** For start-up bootstrapping (initial administrator, demo organization): no actor is signed in. */
    public AccountSummary bootstrap(UUID personId, String username, String password, boolean demo, boolean admin) {
        return bootstrap(personId, username, password, demo, admin, false);
    }

    /**
     * The first platform administrator of a production installation: the password comes from the environment, so it
     * is temporary and must be changed at first sign-in (and a second factor enrolled).
     */
    public AccountSummary bootstrapAdministrator(UUID personId, String username, String password) {
        return bootstrap(personId, username, password, false, true, true);
    }

    private AccountSummary bootstrap(
            UUID personId, String username, String password, boolean demo, boolean admin, boolean temporary) {
        PersonProfile person = directory.person(personId).orElseThrow(() -> new NotFoundException("error.notFound"));
        UserAccount account = accounts.findById(
                        openWithoutCheck(person, username, password, temporary).id())
                .orElseThrow();
        if (demo) {
            account.markDemo();
        }
        if (admin) {
            account.grantPlatformAdministration();
        }
        AccountSummary opened = summary(accounts.save(account));
        record(
                opened,
                "identity.account.opened",
                "アカウントを開設（起動時）: " + opened.username() + (admin ? "（運用管理者）" : "") + (demo ? "（デモ）" : ""),
                AuditActor.system());
        return opened;
    }

    /**
     * Pre-enrols a demo account's TOTP authenticator with a documented secret, so that the demo's sign-in works with
     * {@code oathtool --totp -b SECRET}. Demo accounts only: a real account enrols by scanning its own secret.
     */
    public AccountSummary bootstrapSecondFactor(UUID accountId, String base32Secret) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!account.demo()) {
            throw new DomainException("error.forbidden");
        }
        account.startTotpEnrolment(cipher.encrypt(base32Secret));
        account.confirmTotp(0); // step 0 lies in 1970: every current code is newer
        return summary(accounts.save(account));
    }

    private AccountSummary openWithoutCheck(PersonProfile person, String username, String password, boolean temporary) {
        String name = username == null ? "" : username.trim();
        if (!name.matches("[A-Za-z0-9._@-]{3,64}")) {
            throw new DomainException("account.username.invalid");
        }
        if (accounts.findByUsername(name).isPresent()) {
            throw new ConflictException("account.username.taken", name);
        }
        if (accounts.findByPersonId(person.id()).isPresent()) {
            throw new ConflictException("account.person.hasAccount");
        }
        requireAcceptable(name, password);
        UserAccount account =
                UserAccount.create(person.organizationId(), person.id(), name, passwordEncoder.encode(password));
        account.changePassword(account.passwordHash(), temporary);
        return summary(accounts.save(account));
    }

    public void changeOwnPassword(String currentPassword, String newPassword) {
        Actor actor = Actors.current();
        UserAccount account = accounts.findById(actor.accountId()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new DomainException("password.current.wrong");
        }
        if (passwordEncoder.matches(newPassword, account.passwordHash())) {
            throw new DomainException("password.policy.SAME_AS_CURRENT");
        }
        requireAcceptable(account.username(), newPassword);
        account.changePassword(passwordEncoder.encode(newPassword), false);
        record(summary(accounts.save(account)), "identity.password.changed", "パスワードを変更", null);
    }

    public AccountSummary resetPassword(UUID accountId, String temporaryPassword) {
        return administer(accountId, "identity.password.reset", "仮パスワードを設定", account -> {
            requireAcceptable(account.username(), temporaryPassword);
            account.changePassword(passwordEncoder.encode(temporaryPassword), true);
        });
    }

    public AccountSummary unlock(UUID accountId) {
        return administer(accountId, "identity.account.unlocked", "アカウントのロックを解除", UserAccount::unlock);
    }

    public AccountSummary resetSecondFactor(UUID accountId) {
        return administer(accountId, "identity.mfa.reset", "二要素認証をリセット（次回ログイン時に再設定）", UserAccount::resetSecondFactor);
    }

    public AccountSummary disable(UUID accountId) {
        return administer(accountId, "identity.account.disabled", "アカウントを無効化", account -> {
            if (account.id().equals(Actors.current().accountId())) {
                throw new DomainException("account.disable.self");
            }
            account.disable();
        });
    }

    public AccountSummary enable(UUID accountId) {
        return administer(accountId, "identity.account.enabled", "アカウントを有効化", UserAccount::enable);
    }

    /** One administrative change of an account: checked, saved and recorded in the audit trail. */
    private AccountSummary administer(
            UUID accountId, String action, String what, java.util.function.Consumer<UserAccount> change) {
        UserAccount account = administered(accountId);
        change.accept(account);
        AccountSummary changed = summary(accounts.save(account));
        record(changed, action, what + ": " + changed.username(), null);
        return changed;
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> ofPerson(UUID personId) {
        return accounts.findByPersonId(personId).map(this::summary);
    }

    @Transactional(readOnly = true)
    public List<AccountSummary> ofOrganization(UUID organizationId) {
        requireAdministration(organizationId);
        return accounts.findByOrganizationId(organizationId).stream()
                .map(this::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public boolean anyEnabledDemoAccount() {
        return accounts.anyEnabledDemoAccount();
    }

    @Transactional(readOnly = true)
    public boolean anyPlatformAdministrator() {
        return accounts.anyPlatformAdministrator();
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> byUsername(String username) {
        return accounts.findByUsername(username).map(this::summary);
    }

    private void record(AccountSummary account, String action, String summary, AuditActor actor) {
        AuditRecord record = AuditRecord.of(
                account.organizationId(), action, "account", account.id().toString(), summary);
        auditTrail.record(actor == null ? record : record.by(actor));
    }

    private void requireAcceptable(String username, String password) {
        List<String> violations = passwordPolicy.violations(username, password);
        if (!violations.isEmpty()) {
            throw new DomainException(violations.get(0), PasswordPolicy.MIN_LENGTH);
        }
    }

    private UserAccount administered(UUID accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("error.notFound"));
        requireAdministration(account.organizationId());
        return account;
    }

    private static void requireAdministration(UUID organizationId) {
        Actor actor = Actors.current();
        Actors.requireSameOrganization(actor, organizationId);
        if (!actor.canOrganizationWide(Permission.ORGANIZATION_ADMINISTER)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    private AccountSummary summary(UserAccount account) {
        return new AccountSummary(
                account.id(),
                account.personId(),
                account.organizationId(),
                account.username(),
                account.enabled(),
                account.isLocked(clock.instant()),
                account.totpEnabled(),
                account.mustChangePassword(),
                account.lastLoginAt());
    }
}
