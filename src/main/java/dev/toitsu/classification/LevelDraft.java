package dev.toitsu.classification;

/** What the 統括 enters for a level; {@code code} identifies it (a new code adds a level). */
public record LevelDraft(
        Axis axis,
        String code,
        int rank,
        String name,
        String label,
        String nameEn,
        String criteria,
        String handling,
        String examples,
        boolean protectedLevel) {}
