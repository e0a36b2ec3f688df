package dev.toitsu.organization;

/** A new line of the separation-of-duties matrix. */
public record SeparationRuleDraft(
        SeparationRuleKind kind, String firstCode, String secondCode, String reason, String reasonEn, String clause) {}
