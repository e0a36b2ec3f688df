package dev.toitsu.standard.mapping;

import dev.toitsu.standard.Coverage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides how far the clauses that map to a requirement cover it:
 *
 * <ul>
 *   <li>{@link Coverage#UNCOVERED}: no mapped clause has it as its best candidate (or a near-tie of the best);
 *   <li>{@link Coverage#PARTIAL}: every covering clause is a low-confidence match (score below {@link #CONFIDENT}),
 *       or the requirement lists sub-items (ア, イ, ...) and the covering clauses' words reach fewer than half of them
 *       (a sub-item is reached when at least half of its tf-idf weight falls on those words);
 *   <li>{@link Coverage#COVERED}: otherwise.
 * </ul>
 */
public final class CoveragePolicy {

    public static final double CONFIDENT = ClauseMatcher.MAPPED_THRESHOLD + 0.15;
    static final double SUB_ITEM_REACHED = 0.5;

    private final RequirementIndex index;
    private final TermAnalysis analysis;

    public CoveragePolicy(RequirementIndex index, TermAnalysis analysis) {
        this.index = index;
        this.analysis = analysis;
    }

    /** A clause covering the requirement, with its score for it and the clause's words. */
    public record Cover(String locator, double score, List<String> clauseTerms) {}

    public Coverage assess(int ordinal, List<Cover> covers) {
        if (covers.isEmpty()) {
            return Coverage.UNCOVERED;
        }
        if (covers.stream().noneMatch(c -> c.score() >= CONFIDENT)) {
            return Coverage.PARTIAL;
        }
        List<String> subItems = index.entries().get(ordinal).subItems();
        if (subItems.size() >= 2) {
            Set<String> words = new HashSet<>();
            covers.forEach(c -> words.addAll(c.clauseTerms()));
            long reached = subItems.stream()
                    .filter(s -> new TermVector()
                                    .add(analysis.terms(s), 1, index::idf)
                                    .reachedBy(words)
                            >= SUB_ITEM_REACHED)
                    .count();
            if (reached * 2 < subItems.size()) {
                return Coverage.PARTIAL;
            }
        }
        return Coverage.COVERED;
    }
}
