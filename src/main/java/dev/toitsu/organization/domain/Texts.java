package dev.toitsu.organization.domain;

import dev.toitsu.shared.DomainException;

/** Checks of free text the facades share: trimmed, required or not, and not too long. */
public final class Texts {

    private Texts() {}

    public static String required(String value, int max, String code) {
        String trimmed = optional(value, max, code);
        if (trimmed == null) {
            throw new DomainException(code + ".required");
        }
        return trimmed;
    }

    public static String optional(String value, int max, String code) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new DomainException(code + ".tooLong", max);
        }
        return trimmed;
    }
}
