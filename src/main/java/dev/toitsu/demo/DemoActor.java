package dev.toitsu.demo;

import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Permission;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who loads the demo data: no account, the rights of a platform and organization administrator, in the organization
 * being filled. The audit trail names it "デモデータの読込み".
 */
record DemoActor(UUID organizationId) implements Actor {

    static final String NAME = "デモデータの読込み";

    private static final Set<Permission> PERMISSIONS =
            Set.of(Permission.PLATFORM_ADMINISTER, Permission.ORGANIZATION_ADMINISTER, Permission.DIRECTORY_READ);

    @Override
    public UUID accountId() {
        return null;
    }

    @Override
    public UUID personId() {
        return null;
    }

    @Override
    public String displayName() {
        return NAME;
    }

    @Override
    public Set<Grant> grants() {
        return PERMISSIONS.stream().map(p -> new Grant(p, null)).collect(java.util.stream.Collectors.toSet());
    }

    /** Acts as this actor on the current thread until {@link #signOut()}. */
    void signIn() {
        var authorities = PERMISSIONS.stream()
                .map(p -> new SimpleGrantedAuthority(p.authority()))
                .toList();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this, null, authorities));
        SecurityContextHolder.setContext(context);
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
