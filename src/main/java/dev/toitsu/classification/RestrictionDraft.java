package dev.toitsu.classification;

/** A handling restriction to add or change; {@code code} identifies it. */
public record RestrictionDraft(
        String code, String name, String nameEn, String description, boolean needsDetail, int sortOrder) {}
