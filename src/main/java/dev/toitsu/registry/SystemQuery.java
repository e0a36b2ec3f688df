package dev.toitsu.registry;

import java.util.UUID;

/** Filters of the system list; {@code sort} is one of name, code, importance, phase, updated. */
public record SystemQuery(
        String text,
        UUID unitId,
        Importance importance,
        LifecyclePhase phase,
        Hosting hosting,
        Boolean internetFacing,
        boolean reclassificationDue,
        String sort) {

    public SystemQuery {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static SystemQuery all() {
        return new SystemQuery(null, null, null, null, null, null, false, null);
    }
}
