package dev.toitsu.organization;

import java.util.UUID;

/** A standard role nobody holds where the standard expects a holder: the whole organization, or one unit. */
public record Vacancy(String roleCode, String roleName, String roleNameEn, UUID unitId, String unitName) {}
