package dev.toitsu.registry;

/** Where information is kept: in a registered system, on a registered external medium, on paper, elsewhere. */
public enum StorageKind {
    SYSTEM,
    MEDIUM,
    PAPER,
    OTHER
}
