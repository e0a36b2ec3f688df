package dev.toitsu.standard;

import java.time.Instant;
import java.util.UUID;

/**
 * A clause of the 対策基準 mapped onto a requirement of a catalog edition.
 *
 * @param score the mapper's score, {@code null} when added by hand
 * @param rank 1 for the mapper's best candidate, {@code null} when added by hand
 * @param version optimistic lock: a decision on a stale version is refused ({@code error.conflict})
 */
public record ClauseMapping(
        UUID id,
        String locator,
        String editionCode,
        String requirementId,
        MappingStatus status,
        Double score,
        Integer rank,
        String note,
        String decidedBy,
        Instant decidedAt,
        long version) {}
