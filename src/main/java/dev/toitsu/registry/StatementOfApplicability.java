package dev.toitsu.registry;

import java.util.List;
import java.util.Map;

/**
 * Which clauses of the catalog edition in force apply to a system and what it says about each.
 *
 * @param catalogAvailable false when the edition is not in the catalog (the list is then empty)
 * @param importanceDecided false while the system has no 重要度: 追加 measures are then listed as AS_NEEDED
 * @param exemptions the 例外措置 in force for the system (from the exemption module's ledger)
 */
public record StatementOfApplicability(
        InformationSystem system,
        String editionCode,
        boolean catalogAvailable,
        boolean importanceDecided,
        List<ApplicableRequirement> requirements,
        Map<RequirementStatus, Long> counts,
        List<ExemptionInForce> exemptions) {

    public StatementOfApplicability {
        requirements = List.copyOf(requirements);
        exemptions = List.copyOf(exemptions);
        counts = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(counts)); // in status order
    }
}
