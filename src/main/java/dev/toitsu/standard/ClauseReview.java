package dev.toitsu.standard;

import java.util.List;

/**
 * One clause on the mapping worklist of a target edition: what the mapper decided ({@code null} when the clause is
 * not one the mapper reads, e.g. a caption), its mappings best first, and the weakening flags on them.
 */
public record ClauseReview(
        StandardClause clause, Decision decision, List<ClauseMapping> mappings, List<WeakeningFlag> flags) {

    public ClauseReview {
        mappings = List.copyOf(mappings);
        flags = List.copyOf(flags);
    }

    /** 独自規定: nothing accepted, and the mapper found no good match (or every suggestion was rejected). */
    public boolean organizationSpecific() {
        if (mappings.stream().anyMatch(m -> m.status().accepted())) {
            return false;
        }
        return decision == Decision.UNMAPPED
                || (decision == Decision.MAPPED
                        && mappings.stream().allMatch(m -> m.status() == MappingStatus.REJECTED));
    }

    public boolean decided() {
        return mappings.stream().anyMatch(m -> m.status() != MappingStatus.SUGGESTED);
    }
}
