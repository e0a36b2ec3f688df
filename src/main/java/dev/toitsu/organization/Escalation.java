package dev.toitsu.organization;

import java.util.UUID;

/**
 * Who decides instead of a conflicted approver (001 1.2.1.2(2)(a)): the approver's superior (上司), or, where none is
 * recorded, the 情報セキュリティ責任者 of the approver's unit.
 */
public record Escalation(UUID personId, String displayName, Basis basis) {

    public enum Basis {
        SUPERIOR,
        UNIT_SECURITY_OFFICER
    }
}
