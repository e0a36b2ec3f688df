package dev.toitsu.identity;

import java.time.Instant;
import java.util.UUID;

/** An account as other modules and pages see it: no secrets. */
public record AccountSummary(
        UUID id,
        UUID personId,
        UUID organizationId,
        String username,
        boolean enabled,
        boolean locked,
        boolean secondFactorEnrolled,
        boolean mustChangePassword,
        Instant lastLoginAt) {}
