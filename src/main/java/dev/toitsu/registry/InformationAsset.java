package dev.toitsu.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A row of the 情報資産台帳. Levels and restrictions are codes of the organization's classification scheme. */
public record InformationAsset(
        UUID id,
        String code,
        String name,
        String description,
        UUID ownerUnitId,
        String ownerUnitName,
        UUID managerId,
        String managerName,
        String confidentiality,
        String integrity,
        String availability,
        List<String> restrictions,
        String restrictionDetail,
        StorageKind storageKind,
        UUID storageSystemId,
        String storageSystemName,
        UUID storageMediumId,
        String storageMediumCode,
        String storageLocation,
        boolean personalInfo,
        boolean specificPersonalInfo,
        LocalDate retentionUntil,
        String retentionNote,
        DisposalMethod disposalMethod,
        LocalDate disposedOn,
        String disposalRecord,
        long version) {

    public InformationAsset {
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
    }

    public boolean disposed() {
        return disposedOn != null;
    }
}
