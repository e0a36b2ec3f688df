package dev.toitsu.directorysync;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What applying a source would change, computed against the directory as it is now. {@code fingerprint} (SHA-256 of
 * the changes) lets apply refuse when the directory or the source changed since the preview. A plan with problems
 * cannot be applied.
 */
public record SyncPlan(
        int entries, int unchanged, List<SyncChange> changes, List<SyncProblem> problems, String fingerprint) {

    public SyncPlan {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    public Map<SyncChange.Kind, Integer> counts() {
        Map<SyncChange.Kind, Integer> counts = new EnumMap<>(SyncChange.Kind.class);
        for (SyncChange.Kind kind : SyncChange.Kind.values()) {
            counts.put(kind, 0);
        }
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

    public boolean applicable() {
        return problems.isEmpty();
    }
}
