package dev.toitsu.organization.rest;

import dev.toitsu.shared.DomainException;

/** Changes over the API carry the version they were based on; without it a change could overwrite another blindly. */
final class Versioning {

    private Versioning() {}

    static long required(Long version) {
        if (version == null) {
            throw new DomainException("organization.version.required");
        }
        return version;
    }
}
