package dev.toitsu.workflow;

import java.util.UUID;

/** A request went to its first (or, after a return, again to its first) approver. */
public record RequestSubmitted(UUID organizationId, UUID requestId, String typeCode, String number) {}
