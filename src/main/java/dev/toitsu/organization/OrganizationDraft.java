package dev.toitsu.organization;

import java.util.UUID;

/** What a platform administrator gives to open an organization; {@code parentId} is the overseeing one (所管). */
public record OrganizationDraft(String code, String name, String nameEn, OrganizationKind kind, UUID parentId) {}
