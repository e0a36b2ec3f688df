package dev.toitsu.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.registry.Importance;
import dev.toitsu.registry.ImportanceAssessment;
import dev.toitsu.registry.ImportanceCriterion;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 000 表5.1.1-1 情報システムの分類基準（例）, as seeded in V7_2. */
class ImportancePolicyTest {

    static final List<ImportanceCriterion> TABLE_5_1_1_1 = List.of(
            new ImportanceCriterion("H-NATIONAL-SECURITY", Importance.HIGH, "国家安全保障", null, null, null, 10),
            new ImportanceCriterion(
                    "H-CONFIDENTIAL", Importance.HIGH, "機密性の高い情報", null, "HANDLES_TOP_CONFIDENTIALITY", null, 20),
            new ImportanceCriterion("H-PERSONAL-BULK", Importance.HIGH, "番号制度", null, null, null, 30),
            new ImportanceCriterion("H-AFFECTS-HIGH", Importance.HIGH, "高に影響", null, "AFFECTS_HIGH_SYSTEM", null, 60),
            new ImportanceCriterion(
                    "M-PROTECTED", Importance.MEDIUM, "要保護情報", null, "HANDLES_PROTECTED_INFORMATION", null, 70),
            new ImportanceCriterion(
                    "M-AFFECTS-MEDIUM", Importance.MEDIUM, "中に影響", null, "AFFECTS_MEDIUM_SYSTEM", null, 80));

    private static ImportancePolicy.Facts facts(boolean top, boolean protectedInfo, Importance affected) {
        return new ImportancePolicy.Facts(top, protectedInfo, null, affected, List.of());
    }

    @Test
    void aSystemMeetingNoCriterionIsLow() {
        // 「低」: 「情報システムの重要度：高、中」を除く全て
        assertThat(ImportancePolicy.assess(TABLE_5_1_1_1, Set.of(), facts(false, false, null))
                        .proposed())
                .isEqualTo(Importance.LOW);
    }

    @Test
    void handlingProtectedInformationMakesItMediumWithoutAnybodyTicking() {
        ImportanceAssessment a = ImportancePolicy.assess(TABLE_5_1_1_1, Set.of(), facts(false, true, null));
        assertThat(a.proposed()).isEqualTo(Importance.MEDIUM);
        assertThat(a.derivedCodes()).containsExactly("M-PROTECTED");
    }

    @Test
    void aSystemWhoseIncidentAffectsAHighSystemIsHigh() {
        ImportanceAssessment a = ImportancePolicy.assess(TABLE_5_1_1_1, Set.of(), facts(false, false, Importance.HIGH));
        assertThat(a.proposed()).isEqualTo(Importance.HIGH);
        assertThat(a.derivedCodes()).containsExactly("H-AFFECTS-HIGH");
        assertThat(ImportancePolicy.assess(TABLE_5_1_1_1, Set.of(), facts(false, false, Importance.MEDIUM))
                        .proposed())
                .isEqualTo(Importance.MEDIUM);
    }

    @Test
    void aTickedHighCriterionWinsOverMediumOnes() {
        ImportanceAssessment a =
                ImportancePolicy.assess(TABLE_5_1_1_1, Set.of("H-PERSONAL-BULK"), facts(false, true, null));
        assertThat(a.proposed()).isEqualTo(Importance.HIGH);
        assertThat(a.met()).extracting(ImportanceCriterion::code).containsExactly("H-PERSONAL-BULK", "M-PROTECTED");
    }

    @Test
    void aDerivedCriterionCanStillBeTickedForWhatTheRegisterDoesNotKnow() {
        // 「…社会的・経済的混乱を招くおそれのある情報」 is not derivable from the grading alone
        ImportanceAssessment a =
                ImportancePolicy.assess(TABLE_5_1_1_1, Set.of("H-CONFIDENTIAL"), facts(false, false, null));
        assertThat(a.proposed()).isEqualTo(Importance.HIGH);
        assertThat(a.derivedCodes()).isEmpty();
    }

    @Test
    void decidingBelowTheProposalNeedsARationale() {
        ImportanceAssessment high = ImportancePolicy.assess(TABLE_5_1_1_1, Set.of(), facts(true, true, null));
        assertThat(ImportancePolicy.needsRationale(Importance.MEDIUM, high)).isTrue();
        assertThat(ImportancePolicy.needsRationale(Importance.HIGH, high)).isFalse();
    }
}
