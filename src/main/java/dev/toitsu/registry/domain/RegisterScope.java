package dev.toitsu.registry.domain;

import java.util.Set;
import java.util.UUID;

/**
 * Where an actor may read or keep the registers: the whole organization, some units (each with the units below it)
 * and some systems (held through system-scoped roles, 情報システムセキュリティ責任者/管理者).
 */
public record RegisterScope(UUID organizationId, boolean organizationWide, Set<UUID> units, Set<UUID> systems) {

    public RegisterScope {
        units = Set.copyOf(units);
        systems = Set.copyOf(systems);
    }

    public boolean isEmpty() {
        return !organizationWide && units.isEmpty() && systems.isEmpty();
    }

    public boolean coversUnit(UUID unitId) {
        return organizationWide || (unitId != null && units.contains(unitId));
    }

    /** A system is covered through its owner unit or a role for the system itself. */
    public boolean coversSystem(UUID systemId, UUID ownerUnitId) {
        return coversUnit(ownerUnitId) || systems.contains(systemId);
    }

    public UUID[] unitArray() {
        return units.toArray(UUID[]::new);
    }

    public UUID[] systemArray() {
        return systems.toArray(UUID[]::new);
    }
}
