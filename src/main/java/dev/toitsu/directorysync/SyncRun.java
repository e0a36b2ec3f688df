package dev.toitsu.directorysync;

import java.time.Instant;
import java.util.UUID;

/** A previewed sync: where the entries came from, who previewed it, the plan, and when (if ever) it was applied. */
public record SyncRun(
        UUID id,
        String source,
        String fileName,
        String createdByName,
        Instant createdAt,
        String appliedByName,
        Instant appliedAt,
        SyncPlan plan) {

    public boolean applied() {
        return appliedAt != null;
    }
}
