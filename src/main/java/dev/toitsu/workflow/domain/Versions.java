package dev.toitsu.workflow.domain;

import dev.toitsu.shared.ConflictException;

/** Optimistic locking: an update that matched no row was made against a stale version. */
public final class Versions {

    private Versions() {}

    public static void requireUpdated(int rows) {
        if (rows == 0) {
            throw new ConflictException("error.conflict");
        }
    }
}
