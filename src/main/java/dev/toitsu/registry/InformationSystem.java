package dev.toitsu.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A row of the 情報システム台帳. {@code highestConfidentiality} follows from the information assets the system handles
 * (code of the classification scheme, null when it handles none); {@code reclassificationReason} is set when the
 * 重要度 must be decided again.
 */
public record InformationSystem(
        UUID id,
        String code,
        String name,
        String purpose,
        UUID ownerUnitId,
        String ownerUnitName,
        List<UUID> userUnitIds,
        String usersDescription,
        Integer userCount,
        boolean internetFacing,
        Hosting hosting,
        String cloudService,
        boolean bcpRelevant,
        LifecyclePhase lifecyclePhase,
        LocalDate planningStartedOn,
        LocalDate operationStartedOn,
        LocalDate nextRenewalOn,
        LocalDate retiredOn,
        Importance importance,
        List<String> importanceCriteria,
        String importanceRationale,
        Instant importanceDecidedAt,
        String importanceDecidedBy,
        ReclassificationReason reclassificationReason,
        String highestConfidentiality,
        String note,
        long version) {

    public InformationSystem {
        userUnitIds = userUnitIds == null ? List.of() : List.copyOf(userUnitIds);
        importanceCriteria = importanceCriteria == null ? List.of() : List.copyOf(importanceCriteria);
    }

    public boolean usesCloud() {
        return hosting == Hosting.CLOUD_SERVICE;
    }
}
