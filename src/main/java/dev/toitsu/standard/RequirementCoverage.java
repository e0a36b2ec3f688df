package dev.toitsu.standard;

import java.util.List;

/**
 * Coverage of one catalog requirement.
 *
 * @param id the catalog id
 * @param clauses locators of the standard's clauses that cover it, in document order
 */
public record RequirementCoverage(String id, Coverage coverage, List<String> clauses) {

    public RequirementCoverage {
        clauses = List.copyOf(clauses);
    }
}
