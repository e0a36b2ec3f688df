package dev.toitsu.audittrail;

import dev.toitsu.shared.Actor;
import java.util.Objects;
import java.util.UUID;

/**
 * Who an audit record names as the actor. Normally taken from the signed-in {@link Actor}; jobs pass
 * {@link #system()}, and a failed sign-in passes the name that was tried ({@link #unauthenticated(String)}).
 *
 * @param accountId the account, or null when nobody is signed in
 * @param name what the trail shows; never blank
 */
public record AuditActor(UUID accountId, String name) {

    public static final String SYSTEM = "system";

    public AuditActor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name must not be blank");
        }
    }

    public static AuditActor of(Actor actor) {
        return new AuditActor(actor.accountId(), actor.displayName());
    }

    /** Scheduled jobs, imports and migrations: no person acted. */
    public static AuditActor system() {
        return new AuditActor(null, SYSTEM);
    }

    /** Someone who is not signed in, e.g. the login name given in a failed sign-in. */
    public static AuditActor unauthenticated(String claimedName) {
        return new AuditActor(null, claimedName == null || claimedName.isBlank() ? "(anonymous)" : claimedName);
    }
}
