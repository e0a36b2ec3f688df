package dev.toitsu.registry;

/** Where a medium is: in stock, lent out, lost (a security event), disposed of. */
public enum MediumStatus {
    AVAILABLE,
    LENT,
    LOST,
    DISPOSED
}
