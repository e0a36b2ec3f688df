package dev.toitsu.violation;

import java.time.LocalDate;

/** What a reporter gives: when, which rule (規程名 and 条項), what happened. */
public record ViolationDraft(LocalDate occurredOn, String regulation, String clause, String description) {}
