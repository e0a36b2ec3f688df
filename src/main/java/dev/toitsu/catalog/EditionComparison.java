package dev.toitsu.catalog;

import java.util.List;
import java.util.Map;

/**
 * What changed from one edition to another, per clause. Stored crosswalk links decide where they exist; elsewhere
 * clauses are paired by id and by text similarity (character-bigram Jaccard on normalized text).
 */
public record EditionComparison(
        EditionSummary from, EditionSummary to, List<Change> changes, Map<ChangeType, Integer> counts, int unchanged) {

    public EditionComparison {
        changes = List.copyOf(changes);
        counts = Map.copyOf(counts);
    }

    public enum ChangeType {
        ADDED,
        REMOVED,
        MOVED,
        RENAMED,
        REWORDED,
        SPLIT,
        MERGED
    }

    /** How the pairing was found. */
    public enum Basis {
        CROSSWALK,
        SAME_ID,
        SIMILARITY,
        NONE
    }

    /**
     * @param similarity bigram Jaccard of the normalized texts, 0..1, or -1 when one side is missing
     */
    public record Change(
            ChangeType type,
            String fromNodeId,
            String fromLabel,
            String toNodeId,
            String toLabel,
            double similarity,
            Basis basis,
            String note) {}
}
