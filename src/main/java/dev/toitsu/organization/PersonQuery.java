package dev.toitsu.organization;

import java.util.UUID;

/**
 * Filters of the people list: part of a name, kana or employee number; a unit (and the units below it); whether to
 * include people who have left.
 */
public record PersonQuery(String text, UUID unitId, boolean includeInactive) {

    public PersonQuery {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static PersonQuery all() {
        return new PersonQuery(null, null, false);
    }
}
