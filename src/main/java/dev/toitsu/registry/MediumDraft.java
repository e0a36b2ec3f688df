package dev.toitsu.registry;

import java.util.UUID;

/** What a person enters for a medium. */
public record MediumDraft(
        String code,
        MediumKind kind,
        String description,
        UUID unitId,
        UUID custodianId,
        String maxConfidentiality,
        Boolean encrypted) {

    public MediumDraft {
        encrypted = encrypted != null && encrypted;
    }
}
