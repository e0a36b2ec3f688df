package dev.toitsu.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One decision on one step, as recorded (append-only). {@code snapshot} is the content decided on — the application,
 * the approved values and the decision itself — and {@code snapshotSha256} its hash over the canonical JSON, so a
 * later change of the request cannot change what was approved. The decider's name, role, unit and contact are those
 * of 001 1.2.1.3(2)(c)(ア).
 */
public record Decision(
        UUID id,
        UUID requestId,
        int stepIndex,
        String stepLabel,
        DecisionOutcome outcome,
        UUID decidedById,
        String decidedByName,
        String decidedByRole,
        String decidedByUnit,
        String decidedByContact,
        UUID onBehalfOfId,
        String onBehalfOfName,
        boolean escalated,
        String reason,
        String conditions,
        List<String> confirmedChecks,
        Map<String, Object> snapshot,
        String snapshotSha256,
        Instant decidedAt) {

    public Decision {
        confirmedChecks = List.copyOf(confirmedChecks);
    }
}
