package dev.toitsu.shared;

import java.util.Set;
import java.util.UUID;

/**
 * The person acting in a request: who they are, the organization they belong to and what they may do where. The
 * identity module builds it at sign-in; every module reads it through {@link Actors#current()} and checks scope in
 * its service layer.
 */
public interface Actor {

    UUID accountId();

    UUID personId();

    UUID organizationId();

    String displayName();

    Set<Grant> grants();

    default boolean can(Permission permission) {
        return grants().stream().anyMatch(g -> g.permission() == permission);
    }

    /** True when the permission is held for the whole organization (not only for some units). */
    default boolean canOrganizationWide(Permission permission) {
        return grants().stream().anyMatch(g -> g.permission() == permission && g.unitId() == null);
    }

    /** A permission held organization-wide ({@code unitId == null}) or for one unit and its descendants. */
    record Grant(Permission permission, UUID unitId) implements java.io.Serializable {}
}
