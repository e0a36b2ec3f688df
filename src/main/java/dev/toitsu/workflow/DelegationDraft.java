package dev.toitsu.workflow;

import java.time.LocalDate;
import java.util.UUID;

/** A new delegation of the current person's approval authority. */
public record DelegationDraft(UUID delegateId, LocalDate startsOn, LocalDate endsOn, String reason) {}
