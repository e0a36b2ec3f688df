package dev.toitsu.registry;

import java.util.UUID;

/** Filters of the asset list; {@code sort}: name, code, confidentiality, unit, updated. */
public record AssetQuery(
        String text,
        UUID unitId,
        String confidentiality,
        StorageKind storageKind,
        UUID systemId,
        Boolean personalInfo,
        boolean includeDisposed,
        String sort) {

    public AssetQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        confidentiality = confidentiality == null || confidentiality.isBlank() ? null : confidentiality;
    }

    public static AssetQuery all() {
        return new AssetQuery(null, null, null, null, null, null, false, null);
    }
}
