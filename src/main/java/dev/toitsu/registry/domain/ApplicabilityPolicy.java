package dev.toitsu.registry.domain;

import dev.toitsu.registry.Hosting;
import dev.toitsu.registry.Importance;
import dev.toitsu.registry.Obligation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which clauses of an edition apply to a system. The most specific rule (longest clause-id prefix) that matches a
 * clause decides whether it concerns the system at all; clauses no rule matches are organization-level duties and are
 * not listed. Then 000 表5.1.1-2: 基本 (and untiered) clauses are MANDATORY; 追加 (and the older 強化) are MANDATORY
 * for 重要度 高 and AS_NEEDED for 中 and 低 — and AS_NEEDED while no 重要度 is decided.
 */
public final class ApplicabilityPolicy {

    private ApplicabilityPolicy() {}

    public record Rule(String prefix, ApplicabilityCondition condition, String note) {}

    /** The facts about a system that the conditions read. */
    public record Profile(
            Importance importance, Hosting hosting, boolean internetFacing, boolean handlesConfidential) {}

    public record Applicable(RequirementRef requirement, Obligation obligation, Rule rule) {}

    public static List<Applicable> applicable(List<RequirementRef> requirements, List<Rule> rules, Profile profile) {
        List<Applicable> result = new ArrayList<>();
        for (RequirementRef r : requirements) {
            Optional<Rule> rule = mostSpecific(rules, r.nodeId());
            if (rule.isEmpty() || !holds(rule.get().condition(), profile)) {
                continue;
            }
            result.add(new Applicable(r, obligation(r.tier(), profile.importance()), rule.get()));
        }
        return result;
    }

    static Obligation obligation(String tier, Importance importance) {
        boolean elevated = "ADDITIONAL".equals(tier) || "ENHANCED".equals(tier);
        if (!elevated) {
            return Obligation.MANDATORY;
        }
        return importance == Importance.HIGH ? Obligation.MANDATORY : Obligation.AS_NEEDED;
    }

    static Optional<Rule> mostSpecific(List<Rule> rules, String nodeId) {
        return rules.stream()
                .filter(rule -> matches(rule.prefix(), nodeId))
                .max(Comparator.comparingInt(rule -> rule.prefix().length()));
    }

    /**
     * "5." covers 5.x; "5.4.1" covers 5.4.1 and 5.4.1(1)… but not 5.4.10; "6.4.1(2)" covers 6.4.1(2) and
     * 6.4.1(2)-1 but not 6.4.1(20).
     */
    static boolean matches(String prefix, String nodeId) {
        if (!nodeId.startsWith(prefix)) {
            return false;
        }
        if (nodeId.length() == prefix.length() || prefix.endsWith(".")) {
            return true;
        }
        char last = prefix.charAt(prefix.length() - 1);
        char next = nodeId.charAt(prefix.length());
        return !(Character.isDigit(last) && Character.isDigit(next));
    }

    static boolean holds(ApplicabilityCondition condition, Profile p) {
        boolean cloud = p.hosting() == Hosting.CLOUD_SERVICE;
        return switch (condition) {
            case ALWAYS -> true;
            case NEVER -> false;
            case USES_CLOUD_WITH_CONFIDENTIAL -> cloud && p.handlesConfidential();
            case USES_CLOUD_WITHOUT_CONFIDENTIAL -> cloud && !p.handlesConfidential();
            case INTERNET_FACING -> p.internetFacing();
            case GOVERNMENT_SHARED_MANAGING -> p.hosting() == Hosting.GOVERNMENT_SHARED_MANAGING;
            case GOVERNMENT_SHARED_USING -> p.hosting() == Hosting.GOVERNMENT_SHARED_USING;
            case IMPORTANCE_HIGH -> p.importance() == Importance.HIGH;
            case HANDLES_CONFIDENTIAL -> p.handlesConfidential();
        };
    }
}
