package dev.toitsu.organization;

import java.time.Instant;
import java.util.UUID;

/**
 * An organization overseen (所管), directly or through another, as the overseeing organization may see it: aggregate
 * numbers only, never its people or records.
 */
public record OverseenOrganization(
        UUID id,
        String code,
        String name,
        String nameEn,
        OrganizationKind kind,
        String parentName,
        int depth,
        long units,
        long people,
        long vacancies,
        Instant lastChangedAt) {}
