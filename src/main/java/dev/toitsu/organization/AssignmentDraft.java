package dev.toitsu.organization;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Appoint a person to a role. {@code scopeKind} null means the role's own scope kind; a role defined for the
 * whole organization may also be given for one unit (an auditor appointed for one 部局). {@code scopeId} is the
 * unit for a unit scope, the information system for a system scope, and null for the whole organization.
 */
public record AssignmentDraft(
        UUID personId,
        UUID roleId,
        ScopeKind scopeKind,
        UUID scopeId,
        LocalDate startsOn,
        LocalDate endsOn,
        String note) {}
