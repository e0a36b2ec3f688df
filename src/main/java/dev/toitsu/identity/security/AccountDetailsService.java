package dev.toitsu.identity.security;

import dev.toitsu.identity.domain.UserAccount;
import dev.toitsu.identity.domain.UserAccountRepository;
import dev.toitsu.organization.OrganizationDirectory;
import dev.toitsu.organization.PersonProfile;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds the {@link AccountPrincipal} of an account: person, organization, unit and today's role grants. */
@Component
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final OrganizationDirectory directory;
    private final Clock clock;

    AccountDetailsService(UserAccountRepository accounts, OrganizationDirectory directory, Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public AccountPrincipal loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(this::principal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    AccountPrincipal loadById(UUID accountId) {
        return accounts.findById(accountId)
                .map(this::principal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }

    private AccountPrincipal principal(UserAccount account) {
        PersonProfile person = directory.person(account.personId()).orElseThrow();
        return new AccountPrincipal(
                account.id(),
                account.personId(),
                account.organizationId(),
                person.organizationName(),
                person.unitName(),
                account.username(),
                account.passwordHash(),
                person.displayName(),
                account.enabled() && person.active(),
                account.isLocked(clock.instant()),
                account.totpEnabled(),
                account.mustChangePassword(),
                account.platformAdmin(),
                directory.grantsOf(account.personId(), LocalDate.now(clock)));
    }
}
