package dev.toitsu.registry;

import java.time.Instant;
import java.util.List;

/**
 * One line of a system's statement of applicability.
 *
 * @param tier the clause's tier as the catalog states it (BASIC, ENHANCED, ADDITIONAL) or null
 * @param basis why the clause concerns this system: the applicability rule that matched (prefix and condition)
 * @param exemptions the 例外措置 in force for the system that name this clause
 */
public record ApplicableRequirement(
        String editionCode,
        String nodeId,
        String label,
        List<String> path,
        String tier,
        Obligation obligation,
        String basis,
        RequirementStatus status,
        String reason,
        Instant updatedAt,
        String updatedBy,
        long version,
        List<ExemptionInForce> exemptions) {

    public ApplicableRequirement {
        path = List.copyOf(path);
        exemptions = List.copyOf(exemptions);
    }
}
