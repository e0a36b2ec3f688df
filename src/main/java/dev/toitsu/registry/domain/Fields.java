package dev.toitsu.registry.domain;

import dev.toitsu.shared.DomainException;

/** Trimming and length checks of entered text; the code names the field ({@code registry.system.name}). */
public final class Fields {

    private Fields() {}

    public static String required(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException(field + ".required");
        }
        return optional(value, max, field);
    }

    public static String optional(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new DomainException(field + ".tooLong", max);
        }
        return v;
    }

    /** Codes are what imports and other registers refer to: letters, digits, dot, dash, underscore. */
    public static String code(String value, String field) {
        String v = required(value, 40, field);
        if (!v.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new DomainException(field + ".invalid");
        }
        return v;
    }
}
