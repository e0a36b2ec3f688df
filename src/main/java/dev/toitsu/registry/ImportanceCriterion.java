package dev.toitsu.registry;

/**
 * One line of the organization's 重要度 criteria (seeded with 000 表5.1.1-1). {@code derivation}, when set, names the
 * fact of the register that meets the criterion without anybody ticking it (e.g. AFFECTS_HIGH_SYSTEM).
 */
public record ImportanceCriterion(
        String code,
        Importance importance,
        String text,
        String textEn,
        String derivation,
        String source,
        int sortOrder) {}
