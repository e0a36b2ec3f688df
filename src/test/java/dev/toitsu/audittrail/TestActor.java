package dev.toitsu.audittrail;

import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Permission;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** An actor for tests, signed in on the current thread with {@link #signIn()}. */
record TestActor(UUID accountId, UUID personId, UUID organizationId, String displayName, Set<Grant> grants)
        implements Actor, java.io.Serializable {

    static TestActor in(UUID organizationId, String name, Permission... permissions) {
        return new TestActor(
                UUID.randomUUID(),
                UUID.randomUUID(),
                organizationId,
                name,
                Arrays.stream(permissions).map(p -> new Grant(p, null)).collect(Collectors.toSet()));
    }

    /** What the layout shows in its header. */
    public String organizationName() {
        return "テスト機関";
    }

    public String unitName() {
        return null;
    }

    TestActor signIn() {
        SecurityContextHolder.getContext().setAuthentication(authentication());
        return this;
    }

    /** Signed in with both factors, as the identity module leaves a person after TOTP. */
    TestingAuthenticationToken authentication() {
        String[] authorities = Stream.concat(
                        grants.stream().map(g -> g.permission().authority()), Stream.of("FACTOR_TOTP"))
                .toArray(String[]::new);
        var authentication = new TestingAuthenticationToken(this, null, authorities);
        authentication.setAuthenticated(true);
        return authentication;
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
