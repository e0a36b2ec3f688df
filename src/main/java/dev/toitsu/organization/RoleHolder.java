package dev.toitsu.organization;

import java.time.LocalDate;
import java.util.UUID;

/** Who holds a role today, with how to reach them (the contact list and the role-holder page). */
public record RoleHolder(
        UUID assignmentId,
        UUID roleId,
        String roleCode,
        String roleName,
        String roleNameEn,
        ScopeKind scopeKind,
        UUID scopeId,
        String scopeName,
        UUID personId,
        String personName,
        String personUnitName,
        String jobTitle,
        String phone,
        String email,
        LocalDate startsOn,
        LocalDate endsOn,
        long version) {}
