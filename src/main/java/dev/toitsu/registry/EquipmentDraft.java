package dev.toitsu.registry;

import java.time.LocalDate;
import java.util.UUID;

/** What a person enters for a device or software product. */
public record EquipmentDraft(
        String code,
        EquipmentKind kind,
        String name,
        UUID unitId,
        UUID systemId,
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
        LocalDate retiredOn,
        DisposalMethod disposalMethod,
        String note) {}
