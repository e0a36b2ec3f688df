package dev.toitsu.organization;

import dev.toitsu.shared.Permission;
import java.util.Set;

/**
 * A new organization-specific role, or the new state of a role. For a standard role only the names, the
 * description and its place in the contact list change; code, scope and permissions are the standard's.
 */
public record RoleDraft(
        String code,
        String name,
        String nameEn,
        String description,
        ScopeKind scopeKind,
        Set<Permission> permissions,
        boolean contactList) {

    public RoleDraft {
        permissions = permissions == null ? Set.of() : Set.copyOf(permissions);
    }
}
