package dev.toitsu.organization;

import java.time.LocalDate;
import java.util.UUID;

/** A person holds a role, in a scope, from {@code startsOn} to {@code endsOn} (inclusive; null: open-ended). */
public record RoleAssignment(
        UUID id,
        UUID roleId,
        String roleCode,
        String roleName,
        String roleNameEn,
        UUID personId,
        String personName,
        ScopeKind scopeKind,
        UUID scopeId,
        String scopeName,
        LocalDate startsOn,
        LocalDate endsOn,
        String note,
        long version) {

    public boolean heldOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }
}
