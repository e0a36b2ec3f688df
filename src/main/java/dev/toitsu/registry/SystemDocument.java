package dev.toitsu.registry;

import java.time.Instant;
import java.util.UUID;

/** A 情報システム関連文書 kept with the system: metadata and the SHA-256 of the stored content. */
public record SystemDocument(
        UUID id,
        String title,
        String kind,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        Instant uploadedAt,
        String uploadedBy) {}
