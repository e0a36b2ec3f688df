package dev.toitsu.registry;

/**
 * One applicability rule of a catalog edition: the clauses whose number starts with {@code prefix} concern a system
 * when {@code condition} holds for it (the most specific prefix wins). {@code condition} is one of {@link #CONDITIONS}.
 *
 * @param source where the rule comes from: the seeded default (e.g. 000 R5 目次) or {@code organization}
 */
public record ApplicabilityRule(String edition, String prefix, String condition, String note, String source) {

    /** The conditions a rule can state about a system (its properties and 重要度, 000 表5.1.1-2). */
    public static final java.util.List<String> CONDITIONS = java.util.Arrays.stream(
                    dev.toitsu.registry.domain.ApplicabilityCondition.values())
            .map(Enum::name)
            .toList();
}
