package dev.toitsu.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a person enters for a system; 重要度 is decided separately (with its criteria and rationale). */
public record SystemDraft(
        String code,
        String name,
        String purpose,
        UUID ownerUnitId,
        List<UUID> userUnitIds,
        String usersDescription,
        Integer userCount,
        Boolean internetFacing,
        Hosting hosting,
        String cloudService,
        Boolean bcpRelevant,
        LifecyclePhase lifecyclePhase,
        LocalDate planningStartedOn,
        LocalDate operationStartedOn,
        LocalDate nextRenewalOn,
        LocalDate retiredOn,
        String note) {

    public SystemDraft {
        internetFacing = internetFacing != null && internetFacing;
        bcpRelevant = bcpRelevant != null && bcpRelevant;
        userUnitIds = userUnitIds == null ? List.of() : List.copyOf(userUnitIds);
    }
}
