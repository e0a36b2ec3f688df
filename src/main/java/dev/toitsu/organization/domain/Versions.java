package dev.toitsu.organization.domain;

import dev.toitsu.shared.ConflictException;

/** Optimistic locking: an update matches the version that was read, or someone else changed the row first. */
final class Versions {

    private Versions() {}

    static void requireUpdated(int rows) {
        if (rows == 0) {
            throw new ConflictException("error.conflict");
        }
    }
}
