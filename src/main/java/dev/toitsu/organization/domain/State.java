package dev.toitsu.organization.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The before/after summary of an audited change: ordered name-value pairs, values may be null. */
public final class State {

    private State() {}

    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> state = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            state.put((String) namesAndValues[i], value instanceof Enum<?> e ? e.name() : value);
        }
        return Collections.unmodifiableMap(state);
    }
}
