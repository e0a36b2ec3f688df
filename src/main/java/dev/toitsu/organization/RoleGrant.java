package dev.toitsu.organization;

import dev.toitsu.shared.Permission;
import java.util.Set;
import java.util.UUID;

/** A role a person holds today, with its scope and the permissions its definition grants. */
public record RoleGrant(
        String roleCode,
        String roleName,
        String roleNameEn,
        ScopeKind scopeKind,
        UUID scopeId,
        String scopeName,
        Set<Permission> permissions)
        implements java.io.Serializable {}
