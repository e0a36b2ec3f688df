package dev.toitsu.exemption;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An exemption was granted: for the systems and requirements named, the clause does not apply as written from
 * {@code from} to {@code to}; the alternative measures apply instead. The registry shows it on the systems'
 * applicability; self-inspection and audit take it into their scope.
 */
public record ExemptionGranted(
        UUID organizationId,
        UUID exemptionId,
        String number,
        ClauseReference clause,
        List<UUID> systemIds,
        List<String> requirementIds,
        LocalDate from,
        LocalDate to) {}
