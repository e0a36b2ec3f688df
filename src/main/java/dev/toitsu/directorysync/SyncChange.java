package dev.toitsu.directorysync;

import java.util.Map;
import java.util.UUID;

/**
 * One change a sync makes: who ({@code personId} null for a newcomer), what kind, and the fields before and after
 * (only those that change).
 */
public record SyncChange(
        Kind kind,
        int line,
        String employeeNumber,
        String name,
        UUID personId,
        Map<String, String> before,
        Map<String, String> after) {

    public SyncChange {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
    }

    public enum Kind {
        /** 採用: a new person. */
        JOIN,
        /** 異動: a different unit (and perhaps other details). */
        TRANSFER,
        /** Other details changed (name, kana, title, mail). */
        UPDATE,
        /** 復帰: someone who had left is back. */
        REJOIN,
        /** 退職等: no longer in the source, or marked as left; deactivated, roles end. */
        LEAVE
    }
}
