package dev.toitsu.standard;

import java.time.Instant;
import java.util.UUID;

/** One version of an organization's 対策基準, with who moved it through review and approval. */
public record StandardVersion(
        UUID id,
        UUID documentId,
        String documentCode,
        String documentTitle,
        int number,
        VersionStatus status,
        String sourceAttribution,
        String sourceFile,
        String documentStyle,
        int clauseCount,
        int unplacedCount,
        Instant importedAt,
        String importedBy,
        UUID submittedBy,
        String submittedByName,
        Instant submittedAt,
        String approvedByName,
        Instant approvedAt,
        Instant inForceAt,
        Instant supersededAt,
        long version) {}
