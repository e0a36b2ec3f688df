package dev.toitsu.organization;

import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Permission;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Actors for facade tests, signed in on the current thread. */
public final class TestActors {

    public record TestActor(UUID accountId, UUID personId, UUID organizationId, String displayName, Set<Grant> grants)
            implements Actor {

        public TestActor signIn() {
            var authorities = grants.stream()
                    .map(g -> new SimpleGrantedAuthority(g.permission().authority()))
                    .toList();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this, null, authorities));
            SecurityContextHolder.setContext(context);
            return this;
        }
    }

    private TestActors() {}

    public static TestActor platformAdministrator() {
        return in(UUID.randomUUID(), Permission.PLATFORM_ADMINISTER).signIn();
    }

    /** Organization-wide permissions. */
    public static TestActor in(UUID organizationId, Permission... permissions) {
        return new TestActor(
                UUID.randomUUID(),
                UUID.randomUUID(),
                organizationId,
                "テスト利用者",
                Arrays.stream(permissions).map(p -> new Actor.Grant(p, null)).collect(Collectors.toSet()));
    }

    public static TestActor administrator(UUID organizationId) {
        return in(
                        organizationId,
                        Permission.ORGANIZATION_ADMINISTER,
                        Permission.DIRECTORY_READ,
                        Permission.AUDIT_TRAIL_READ,
                        Permission.OVERSIGHT_VIEW)
                .signIn();
    }

    public static TestActor reader(UUID organizationId) {
        return in(organizationId, Permission.DIRECTORY_READ).signIn();
    }

    /** 情報セキュリティ責任者 of one unit: administration of that unit's subtree only. */
    public static TestActor unitAdministrator(UUID organizationId, UUID unitId) {
        return new TestActor(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        organizationId,
                        "部局管理者",
                        Set.of(
                                new Actor.Grant(Permission.DIRECTORY_READ, null),
                                new Actor.Grant(Permission.ORGANIZATION_ADMINISTER, unitId)))
                .signIn();
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
