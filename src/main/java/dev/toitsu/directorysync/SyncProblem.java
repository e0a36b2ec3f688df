package dev.toitsu.directorysync;

/** Something in the input that stops the sync: its line, the field and a message code with arguments. */
public record SyncProblem(int line, String field, String code, Object... arguments) {}
