package dev.toitsu.registry;

import java.time.LocalDate;
import java.util.UUID;

/** A row of the 機器等 register. */
public record Equipment(
        UUID id,
        String code,
        EquipmentKind kind,
        String name,
        UUID unitId,
        String unitName,
        UUID systemId,
        String systemName,
        String manufacturer,
        String model,
        String productVersion,
        String location,
        Boolean issued,
        boolean iot,
        Integer jcStarLevel,
        JcStarAssurance jcStarAssurance,
        String jcStarEvidence,
        boolean controlsInfrastructure,
        boolean retired,
        LocalDate retiredOn,
        DisposalMethod disposalMethod,
        String note,
        long version) {}
