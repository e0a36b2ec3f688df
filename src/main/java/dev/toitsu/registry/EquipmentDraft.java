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
        Boolean iot,
        Integer jcStarLevel,
        JcStarAssurance jcStarAssurance,
        String jcStarEvidence,
        Boolean controlsInfrastructure,
        LocalDate retiredOn,
        DisposalMethod disposalMethod,
        String note) {

    public EquipmentDraft {
        iot = iot != null && iot;
        controlsInfrastructure = controlsInfrastructure != null && controlsInfrastructure;
    }
}
