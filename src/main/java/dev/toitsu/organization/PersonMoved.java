package dev.toitsu.organization;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person joined a unit, moved to another or left (published in the transaction that changed the directory, by
 * hand or by a directory sync). {@code fromUnitId} is null for a newcomer, {@code toUnitId} null for a leaver.
 * Education counts its three months from {@code on} (001 1.2.2.1: within three months of joining or transfer);
 * role holders of the old unit may need a successor.
 */
public record PersonMoved(UUID organizationId, UUID personId, UUID fromUnitId, UUID toUnitId, LocalDate on) {

    public boolean joined() {
        return fromUnitId == null && toUnitId != null;
    }

    public boolean transferred() {
        return fromUnitId != null && toUnitId != null;
    }

    public boolean left() {
        return toUnitId == null;
    }
}
