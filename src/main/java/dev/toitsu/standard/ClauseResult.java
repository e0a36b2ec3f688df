package dev.toitsu.standard;

import java.util.List;

/**
 * The suggestions for one numbered clause of the standard.
 *
 * @param locator the clause id from the standard's own numbering, e.g. {@code 3.3(2)②(a)}
 * @param line the clause's first source line
 * @param candidates at most five, best first
 * @param flags weakening found against the mapped requirements (empty when unmapped)
 */
public record ClauseResult(
        String locator,
        int line,
        String text,
        Decision decision,
        List<Candidate> candidates,
        List<WeakeningFlag> flags) {

    public ClauseResult {
        candidates = List.copyOf(candidates);
        flags = List.copyOf(flags);
    }
}
