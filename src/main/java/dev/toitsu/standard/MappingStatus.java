package dev.toitsu.standard;

/** A clause-to-requirement mapping: proposed by the mapper, or decided by a person (confirmed, rejected, added). */
public enum MappingStatus {
    SUGGESTED,
    CONFIRMED,
    REJECTED,
    MANUAL;

    /** Confirmed by a person, or added by hand: the mapping counts as covering the requirement. */
    public boolean accepted() {
        return this == CONFIRMED || this == MANUAL;
    }
}
