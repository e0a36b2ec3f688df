package dev.toitsu.organization.domain;

import dev.toitsu.organization.ScopeKind;
import java.time.LocalDate;
import java.util.UUID;

/** A role held (or about to be held) by one person: what separation of duties compares. */
public record HeldRole(String roleCode, ScopeKind scopeKind, UUID scopeId, LocalDate startsOn, LocalDate endsOn) {

    boolean overlapsInTime(HeldRole other) {
        boolean startsBeforeOtherEnds = other.endsOn == null || !startsOn.isAfter(other.endsOn);
        boolean otherStartsBeforeThisEnds = endsOn == null || !other.startsOn.isAfter(endsOn);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /**
     * The whole organization overlaps everything; two units overlap when one contains the other; two systems when
     * they are the same; a unit and a system are taken as apart (a system's unit is the registry's business).
     */
    boolean overlapsInScope(HeldRole other, UnitTree units) {
        if (scopeKind == ScopeKind.ORGANIZATION || other.scopeKind == ScopeKind.ORGANIZATION) {
            return true;
        }
        if (scopeKind != other.scopeKind) {
            return false;
        }
        return scopeKind == ScopeKind.UNIT ? units.overlaps(scopeId, other.scopeId) : scopeId.equals(other.scopeId);
    }
}
