package dev.toitsu.organization;

import java.util.UUID;

/** A new unit, or the new state of an existing one ({@code parentId} is ignored on revision: use move). */
public record UnitDraft(UUID parentId, String code, String name, String nameEn, UnitKind kind, int sortOrder) {}
