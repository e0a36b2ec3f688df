package dev.toitsu.organization;

import java.util.UUID;

/** What other modules may know about a person: ids and display names, never the entity. */
public record PersonProfile(
        UUID id,
        UUID organizationId,
        String organizationName,
        UUID unitId,
        String unitName,
        String displayName,
        String email,
        boolean active) {}
