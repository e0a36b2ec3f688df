package dev.toitsu.registry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A 例外措置 in force for a system (001 1.2.1.3(2)(c)), as its statement of applicability shows it: the approved
 * clause and, where it names one, the catalog requirement ({@code edition:nodeId}) it exempts, the approved period
 * and the measures taken instead.
 */
public record ExemptionInForce(
        UUID requestId,
        String number,
        String clause,
        String requirementId,
        LocalDate from,
        LocalDate to,
        String measures,
        String conditions) {

    /** Whether this exemption covers the clause {@code nodeId} of {@code edition}. */
    public boolean covers(String edition, String nodeId) {
        return requirementId != null && requirementId.equals(edition + ":" + nodeId);
    }
}
