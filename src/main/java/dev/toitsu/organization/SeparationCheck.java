package dev.toitsu.organization;

import java.util.UUID;

/**
 * The answer of {@link SeparationOfDuties#check}: allowed, or refused by a rule, with its reason in Japanese and
 * English and the clause it implements.
 */
public record SeparationCheck(boolean allowed, UUID ruleId, String reason, String reasonEn, String clause) {

    private static final SeparationCheck ALLOWED = new SeparationCheck(true, null, null, null, null);

    public static SeparationCheck allow() {
        return ALLOWED;
    }

    public static SeparationCheck refuse(SeparationRule rule) {
        return new SeparationCheck(false, rule.id(), rule.reason(), rule.reasonEn(), rule.clause());
    }

    public boolean refused() {
        return !allowed;
    }
}
