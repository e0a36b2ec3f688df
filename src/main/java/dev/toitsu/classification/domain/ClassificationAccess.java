package dev.toitsu.classification.domain;

import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.Permission;

/**
 * Reading the scheme and asking the rule tables needs {@link Permission#CLASSIFICATION_READ} (every 職員等 grades
 * information, 003 3.1①(a)); changing them needs {@link Permission#CLASSIFICATION_ADMINISTER} for the whole
 * organization (the 統括情報セキュリティ責任者 owns the scheme).
 */
public final class ClassificationAccess {

    private ClassificationAccess() {}

    public static Actor reader() {
        Actor actor = Actors.current();
        if (!actor.can(Permission.CLASSIFICATION_READ)
                && !actor.can(Permission.CLASSIFICATION_ADMINISTER)
                && !actor.can(Permission.REGISTRY_READ)) {
            throw new AccessDeniedException("error.forbidden");
        }
        return actor;
    }

    public static Actor administrator() {
        Actor actor = Actors.current();
        if (!actor.canOrganizationWide(Permission.CLASSIFICATION_ADMINISTER)) {
            throw new AccessDeniedException("error.forbidden");
        }
        return actor;
    }
}
