package dev.toitsu.organization.domain;

import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.Permission;
import java.util.UUID;

/**
 * Who may read and change the directory. Reading needs {@link Permission#DIRECTORY_READ}; changing needs
 * {@link Permission#ORGANIZATION_ADMINISTER}, which an 情報セキュリティ責任者 or 課室情報セキュリティ責任者 holds for
 * their unit and the units below it only. Every query is scoped to the actor's organization by the caller.
 */
public final class DirectoryAccess {

    private DirectoryAccess() {}

    public static Actor reader() {
        return Actors.require(Permission.DIRECTORY_READ);
    }

    /** Holds the administration permission somewhere; each change then checks where. */
    public static Actor administrator() {
        return Actors.require(Permission.ORGANIZATION_ADMINISTER);
    }

    public static Actor organizationAdministrator() {
        Actor actor = Actors.current();
        requireOrganizationWide(actor);
        return actor;
    }

    public static void requireOrganizationWide(Actor actor) {
        if (!actor.canOrganizationWide(Permission.ORGANIZATION_ADMINISTER)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }

    /** The actor administers the whole organization, or a unit at or above {@code unitId}. */
    public static boolean administers(Actor actor, UnitTree units, UUID unitId) {
        return actor.grants().stream()
                .filter(g -> g.permission() == Permission.ORGANIZATION_ADMINISTER)
                .anyMatch(g -> g.unitId() == null || (unitId != null && units.isWithin(unitId, g.unitId())));
    }

    public static void requireUnit(Actor actor, UnitTree units, UUID unitId) {
        if (!administers(actor, units, unitId)) {
            throw new AccessDeniedException("error.forbidden");
        }
    }
}
