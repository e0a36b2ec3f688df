package dev.toitsu.classification;

/** A 取扱制限 that can be marked on information besides its level: 複製禁止, 持出禁止, 配布限定 ... */
public record HandlingRestriction(
        String code,
        String name,
        String nameEn,
        String description,
        boolean needsDetail,
        boolean active,
        int sortOrder) {}
