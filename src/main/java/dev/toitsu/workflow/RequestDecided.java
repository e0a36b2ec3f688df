package dev.toitsu.workflow;

import java.util.UUID;

/**
 * A step was decided. {@code finalDecision}: the request is now approved (with or without conditions) or rejected;
 * a return for correction or an approval followed by another step is not final. Published inside the deciding
 * transaction: synchronous listeners write their records with it.
 */
public record RequestDecided(UUID organizationId, ApprovalRequest request, Decision decision, boolean finalDecision) {}
