package dev.toitsu.identity.security;

import dev.toitsu.organization.RoleGrant;
import dev.toitsu.organization.ScopeKind;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Permission;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as Spring Security sees it (UserDetails) and as every module sees it ({@link Actor}).
 * Before the second factor it carries no permission authorities at all.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Actor, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final UUID personId;
    private final UUID organizationId;
    private final String organizationName;
    private final String unitName;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final boolean enabled;
    private final boolean locked;
    private final boolean secondFactorEnrolled;
    private final boolean mustChangePassword;
    private final Set<Grant> grants;
    private final List<RoleGrant> roles;

    AccountPrincipal(
            UUID accountId,
            UUID personId,
            UUID organizationId,
            String organizationName,
            String unitName,
            String username,
            String passwordHash,
            String displayName,
            boolean enabled,
            boolean locked,
            boolean secondFactorEnrolled,
            boolean mustChangePassword,
            boolean platformAdmin,
            List<RoleGrant> roles) {
        this.accountId = accountId;
        this.personId = personId;
        this.organizationId = organizationId;
        this.organizationName = organizationName;
        this.unitName = unitName;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.enabled = enabled;
        this.locked = locked;
        this.secondFactorEnrolled = secondFactorEnrolled;
        this.mustChangePassword = mustChangePassword;
        this.roles = List.copyOf(roles);
        Set<Grant> collected = new LinkedHashSet<>();
        for (RoleGrant role : roles) {
            UUID unit = role.scopeKind() == ScopeKind.UNIT ? role.scopeId() : null;
            if (role.scopeKind() == ScopeKind.SYSTEM) {
                // system-scoped roles grant their permissions for that system only; modules check those by id
                continue;
            }
            role.permissions().forEach(p -> collected.add(new Grant(p, unit)));
        }
        if (platformAdmin) {
            collected.add(new Grant(Permission.PLATFORM_ADMINISTER, null));
            // catalog editions are shared by every organization of the deployment: the platform keeps them
            collected.add(new Grant(Permission.CATALOG_ADMINISTER, null));
        }
        this.grants = Set.copyOf(collected);
    }

    /** The authorities of a fully signed-in account: its permissions, for {@code @PreAuthorize} on handlers. */
    public Collection<GrantedAuthority> permissionAuthorities() {
        Set<GrantedAuthority> authorities = new HashSet<>();
        grants.forEach(
                g -> authorities.add(new SimpleGrantedAuthority(g.permission().authority())));
        return authorities;
    }

    public List<RoleGrant> roles() {
        return roles;
    }

    public boolean secondFactorEnrolled() {
        return secondFactorEnrolled;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String organizationName() {
        return organizationName;
    }

    public String unitName() {
        return unitName;
    }

    @Override
    public UUID accountId() {
        return accountId;
    }

    @Override
    public UUID personId() {
        return personId;
    }

    @Override
    public UUID organizationId() {
        return organizationId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Set<Grant> grants() {
        return grants;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Set.of(); // granted only after the second factor, see SignInFlow
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal that && accountId.equals(that.accountId);
    }

    @Override
    public int hashCode() {
        return accountId.hashCode();
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + username + "]";
    }
}
