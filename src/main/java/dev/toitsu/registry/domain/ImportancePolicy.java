package dev.toitsu.registry.domain;

import dev.toitsu.registry.Importance;
import dev.toitsu.registry.ImportanceAssessment;
import dev.toitsu.registry.ImportanceCriterion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * 000 表5.1.1-1: a system is of the highest 重要度 whose criteria it meets; 低 when it meets none ("「高、中」を除く
 * 全て"). Criteria with a derivation are met by what the register knows: the information the system handles and
 * the systems that depend on it (an incident in it affects them).
 */
public final class ImportancePolicy {

    private ImportancePolicy() {}

    /**
     * @param handlesTopConfidentiality it handles information of the scheme's highest confidentiality level
     * @param handlesProtected it handles 要保護情報
     * @param highestAffected the highest 重要度 among systems that depend on this one, or null
     */
    public record Facts(
            boolean handlesTopConfidentiality,
            boolean handlesProtected,
            String highestConfidentiality,
            Importance highestAffected,
            List<String> affectedSystems) {}

    public static ImportanceAssessment assess(
            Collection<ImportanceCriterion> criteria, Set<String> ticked, Facts facts) {
        List<ImportanceCriterion> met = new ArrayList<>();
        List<String> derived = new ArrayList<>();
        for (ImportanceCriterion c : criteria) {
            if (c.derivation() != null && derivedMet(c.derivation(), facts)) {
                met.add(c);
                derived.add(c.code());
            } else if (ticked.contains(c.code())) {
                met.add(c);
            }
        }
        Importance proposed = met.stream().map(ImportanceCriterion::importance).reduce(Importance.LOW, Importance::max);
        return new ImportanceAssessment(
                proposed,
                met,
                derived,
                facts.highestConfidentiality(),
                facts.highestAffected(),
                facts.affectedSystems());
    }

    /** Deciding below what the criteria propose needs a reason on record. */
    public static boolean needsRationale(Importance decided, ImportanceAssessment assessment) {
        return decided.compareTo(assessment.proposed()) < 0;
    }

    private static boolean derivedMet(String derivation, Facts facts) {
        return switch (derivation) {
            case "HANDLES_TOP_CONFIDENTIALITY" -> facts.handlesTopConfidentiality();
            case "HANDLES_PROTECTED_INFORMATION" -> facts.handlesProtected();
            case "AFFECTS_HIGH_SYSTEM" -> facts.highestAffected() == Importance.HIGH;
            case "AFFECTS_MEDIUM_SYSTEM" -> facts.highestAffected() == Importance.MEDIUM;
            default -> false;
        };
    }
}
