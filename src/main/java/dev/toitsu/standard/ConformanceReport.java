package dev.toitsu.standard;

import java.util.List;
import java.util.Optional;

/** Clause-by-clause suggestions for a standard against a catalog edition, and the coverage of every requirement. */
public record ConformanceReport(List<ClauseResult> clauses, List<RequirementCoverage> requirements) {

    public ConformanceReport {
        clauses = List.copyOf(clauses);
        requirements = List.copyOf(requirements);
    }

    public Optional<ClauseResult> clause(String locator) {
        return clauses.stream().filter(c -> c.locator().equals(locator)).findFirst();
    }

    public Optional<RequirementCoverage> requirement(String id) {
        return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
