package dev.toitsu.registry;

/** What the system says about an applicable clause; UNDECIDED until someone says. */
public enum RequirementStatus {
    UNDECIDED,
    IMPLEMENTED,
    PLANNED,
    NOT_APPLICABLE,
    EXEMPTED
}
