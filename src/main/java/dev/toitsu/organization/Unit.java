package dev.toitsu.organization;

import java.util.UUID;

/** 部局 or 課室. {@code depth} counts from the top of the tree (0 for a 部局 directly under the organization). */
public record Unit(
        UUID id,
        UUID parentId,
        String code,
        String name,
        String nameEn,
        UnitKind kind,
        int sortOrder,
        boolean active,
        int depth,
        long version) {}
