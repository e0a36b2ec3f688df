package dev.toitsu.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a person (or an import row) enters for an asset. A blank code gets the next generated one. */
public record AssetDraft(
        String code,
        String name,
        String description,
        UUID ownerUnitId,
        UUID managerId,
        String confidentiality,
        String integrity,
        String availability,
        List<String> restrictions,
        String restrictionDetail,
        StorageKind storageKind,
        UUID storageSystemId,
        UUID storageMediumId,
        String storageLocation,
        Boolean personalInfo,
        Boolean specificPersonalInfo,
        LocalDate retentionUntil,
        String retentionNote,
        DisposalMethod disposalMethod,
        LocalDate disposedOn,
        String disposalRecord) {

    public AssetDraft {
        personalInfo = personalInfo != null && personalInfo;
        specificPersonalInfo = specificPersonalInfo != null && specificPersonalInfo;
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
    }
}
