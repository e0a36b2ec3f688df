package dev.toitsu.organization;

import dev.toitsu.shared.Permission;
import java.util.Set;
import java.util.UUID;

/**
 * A role of the organization: one of the standard's (seeded, renameable, never deleted) or its own. Holding it
 * grants {@code permissions}, in the scope of the assignment ({@code scopeKind}).
 */
public record RoleDefinition(
        UUID id,
        String code,
        String name,
        String nameEn,
        String description,
        boolean standard,
        ScopeKind scopeKind,
        Set<Permission> permissions,
        boolean contactList,
        int sortOrder,
        boolean active,
        long version) {

    public RoleDefinition {
        permissions = Set.copyOf(permissions);
    }
}
