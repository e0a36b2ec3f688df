package dev.toitsu.classification;

import java.time.Instant;

/** One stored revision of a scheme: when, by whom, why. The snapshot itself stays in the database. */
public record SchemeRevision(int revision, String reason, Instant changedAt, String changedBy) {}
