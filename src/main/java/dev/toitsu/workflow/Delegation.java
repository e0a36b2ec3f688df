package dev.toitsu.workflow;

import java.time.LocalDate;
import java.util.UUID;

/** 代理: the principal's approval authority exercised by the delegate for a period of absence. */
public record Delegation(
        UUID id,
        UUID principalId,
        String principalName,
        UUID delegateId,
        String delegateName,
        LocalDate startsOn,
        LocalDate endsOn,
        String reason,
        boolean revoked,
        long version) {}
