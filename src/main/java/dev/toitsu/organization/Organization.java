package dev.toitsu.organization;

import java.time.Instant;
import java.util.UUID;

/** 機関: a ministry, agency, corporation or local government, and the organization that oversees it (所管). */
public record Organization(
        UUID id,
        String code,
        String name,
        String nameEn,
        OrganizationKind kind,
        UUID parentId,
        String parentName,
        boolean active,
        Instant lastChangedAt,
        long version) {}
