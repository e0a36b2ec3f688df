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
        boolean internetFacing,
        Hosting hosting,
        String cloudService,
        boolean bcpRelevant,
        LifecyclePhase lifecyclePhase,
        LocalDate planningStartedOn,
        LocalDate operationStartedOn,
        LocalDate nextRenewalOn,
        LocalDate retiredOn,
        String note) {

    public SystemDraft {
        userUnitIds = userUnitIds == null ? List.of() : List.copyOf(userUnitIds);
    }
}
