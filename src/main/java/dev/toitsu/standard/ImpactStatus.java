package dev.toitsu.standard;

/** Where an item of the revision impact stands. */
public enum ImpactStatus {
    /** Nobody has dealt with it yet. */
    OPEN,
    /** The 対策基準 was revised (or shown to already meet the change). */
    ADDRESSED,
    /** The change does not concern the organization; the reason is recorded. */
    NOT_APPLICABLE
}
