package dev.toitsu.organization;

import java.util.UUID;

/** One line of the separation-of-duties matrix, with the reason shown when it refuses and the clause it implements. */
public record SeparationRule(
        UUID id,
        SeparationRuleKind kind,
        String firstCode,
        String secondCode,
        String reason,
        String reasonEn,
        String clause,
        boolean active,
        long version) {

    public boolean concerns(String code) {
        return firstCode.equals(code) || secondCode.equals(code);
    }

    /** The other code of the pair. */
    public String counterpart(String code) {
        return firstCode.equals(code) ? secondCode : firstCode;
    }
}
