package dev.toitsu.workflow;

import java.time.Instant;
import java.util.UUID;

/** A comment on a request (append-only). */
public record Comment(UUID id, UUID authorId, String authorName, String body, Instant createdAt) {}
