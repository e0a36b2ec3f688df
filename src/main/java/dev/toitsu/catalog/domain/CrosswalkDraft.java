package dev.toitsu.catalog.domain;

import dev.toitsu.catalog.CrosswalkType;

/** A crosswalk link to store, by edition code and node id. */
public record CrosswalkDraft(
        String fromEdition,
        String fromNodeId,
        String toEdition,
        String toNodeId,
        CrosswalkType type,
        String note,
        String source) {}
