package dev.toitsu.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the {@link Actor} of the current request. */
public final class Actors {

    private Actors() {}

    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    public static Actor current() {
        return find().orElseThrow(() -> new AccessDeniedException("error.unauthenticated"));
    }

    /** Refuses unless the current actor holds the permission somewhere in its organization. */
    public static Actor require(Permission permission) {
        Actor actor = current();
        if (!actor.can(permission)) {
            throw new AccessDeniedException("error.forbidden");
        }
        return actor;
    }

    /** Refuses unless the actor works in the given organization: other organizations' records look absent. */
    public static void requireSameOrganization(Actor actor, java.util.UUID organizationId) {
        if (!actor.organizationId().equals(organizationId)) {
            throw new NotFoundException("error.notFound");
        }
    }
}
