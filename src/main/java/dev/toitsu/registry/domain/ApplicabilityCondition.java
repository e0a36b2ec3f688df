package dev.toitsu.registry.domain;

/** When a group of clauses concerns a system (applicability_rule.condition). */
public enum ApplicabilityCondition {
    ALWAYS,
    NEVER,
    USES_CLOUD_WITH_CONFIDENTIAL,
    USES_CLOUD_WITHOUT_CONFIDENTIAL,
    INTERNET_FACING,
    GOVERNMENT_SHARED_MANAGING,
    GOVERNMENT_SHARED_USING,
    IMPORTANCE_HIGH,
    HANDLES_CONFIDENTIAL
}
