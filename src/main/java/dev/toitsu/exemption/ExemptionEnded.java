package dev.toitsu.exemption;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An exemption ended: its end was reported ({@code REPORTED}) or its period ran out ({@code PERIOD_ENDED}). */
public record ExemptionEnded(
        UUID organizationId,
        UUID exemptionId,
        List<UUID> systemIds,
        List<String> requirementIds,
        String reason,
        LocalDate on) {}
