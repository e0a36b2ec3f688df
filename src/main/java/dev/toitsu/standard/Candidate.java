package dev.toitsu.standard;

/**
 * A catalog requirement suggested for a clause.
 *
 * @param requirement the catalog id, e.g. {@code 1.2.2.2(2)(a)}
 * @param score 0..1, higher is a better match; comparable across clauses (the mapped/unmapped threshold applies to it)
 */
public record Candidate(String requirement, double score) {}
