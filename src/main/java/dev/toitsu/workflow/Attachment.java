package dev.toitsu.workflow;

import java.time.Instant;
import java.util.UUID;

/** A file attached to a request: its metadata, hash and scan result; the content is fetched separately. */
public record Attachment(
        UUID id,
        UUID requestId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        ScanResult scanResult,
        String uploadedByName,
        Instant uploadedAt) {

    public enum ScanResult {
        CLEAN,
        NOT_SCANNED
    }
}
