package dev.toitsu.shared;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * toitsu itself acting, without an account: start-up tasks (the initial administrator, the demo organization) and
 * scheduled jobs. It holds only the permissions the task needs, in one organization, and the audit trail names it.
 */
public record SystemActor(String displayName, UUID organizationId, Set<Permission> permissions) implements Actor {

    @Override
    public UUID accountId() {
        return null;
    }

    @Override
    public UUID personId() {
        return null;
    }

    @Override
    public Set<Grant> grants() {
        return permissions.stream().map(p -> new Grant(p, null)).collect(Collectors.toSet());
    }

    /** Acts as this actor on the current thread until {@link #signOut()}. */
    public void signIn() {
        var authorities = permissions.stream()
                .map(p -> new SimpleGrantedAuthority(p.authority()))
                .toList();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    public SystemActor in(UUID organization) {
        return new SystemActor(displayName, organization, permissions);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
