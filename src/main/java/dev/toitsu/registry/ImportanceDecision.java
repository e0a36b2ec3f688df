package dev.toitsu.registry;

import java.time.Instant;
import java.util.List;

/** One decision in a system's 重要度 history (append-only). */
public record ImportanceDecision(
        Importance importance,
        Importance proposed,
        List<String> criteria,
        String rationale,
        String occasion,
        Instant decidedAt,
        String decidedBy) {

    public ImportanceDecision {
        criteria = List.copyOf(criteria);
    }
}
