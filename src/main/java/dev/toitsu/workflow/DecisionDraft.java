package dev.toitsu.workflow;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * An approver's decision on the current step. {@code version} is the version of the request the approver saw: a
 * request decided meanwhile by someone else is refused. {@code amendedValues} may set amendable fields;
 * {@code approvedFrom}/{@code approvedTo} may shorten the period; {@code waiveEndReport}: no end report is needed
 * (001 1.2.1.3(2)(d)).
 */
public record DecisionDraft(
        DecisionOutcome outcome,
        String reason,
        String conditions,
        Set<String> confirmedChecks,
        Map<String, String> amendedValues,
        LocalDate approvedFrom,
        LocalDate approvedTo,
        boolean waiveEndReport,
        long version) {

    public DecisionDraft {
        confirmedChecks = confirmedChecks == null ? Set.of() : Set.copyOf(confirmedChecks);
        amendedValues = amendedValues == null ? Map.of() : Map.copyOf(amendedValues);
    }
}
