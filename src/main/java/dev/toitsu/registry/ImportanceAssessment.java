package dev.toitsu.registry;

import java.util.List;

/**
 * What the criteria say about a system: the met criteria (ticked and derived), the importance they propose, and the
 * facts behind the derived ones (the most sensitive information handled, the most important system affected).
 */
public record ImportanceAssessment(
        Importance proposed,
        List<ImportanceCriterion> met,
        List<String> derivedCodes,
        String highestConfidentiality,
        Importance highestAffected,
        List<String> affectedSystems) {

    public ImportanceAssessment {
        met = List.copyOf(met);
        derivedCodes = List.copyOf(derivedCodes);
        affectedSystems = List.copyOf(affectedSystems);
    }
}
