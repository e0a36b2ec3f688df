package dev.toitsu.standard.weakening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.standard.WeakeningFlag;
import dev.toitsu.standard.WeakeningKind;
import dev.toitsu.standard.mapping.TermFolding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Synthetic requirement/clause pairs; the requirements are worded like 001, the clauses like 003. */
class WeakeningDetectorTest {

    private final WeakeningDetector detector = new WeakeningDetector(TermFolding.load());

    private List<WeakeningFlag> flags(String requirement, String clause) {
        return detector.detect("R", requirement, clause);
    }

    @Test
    void flagsAnEffortWhereTheRequirementImposesADuty() {
        // 001 1.2.2.2(3)(a) style duty, clause turned into an effort
        List<WeakeningFlag> flags =
                flags("情報セキュリティ責任者は、障害・事故等の原因を調査し再発防止策を策定すること。", "情報セキュリティ責任者は、インシデントの原因を調査し再発防止策を策定するよう努める。");

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(WeakeningKind.WEAKENED_OBLIGATION);
            assertThat(f.requirement()).isEqualTo("R");
            assertThat(f.explanation()).contains("再発防止策を策定すること」").contains("よう努める");
        });
    }

    @Test
    void flagsDesirableAndAsNeededAndMay() {
        String duty = "統括情報セキュリティ責任者は、教育のための資料を整備すること。";
        assertThat(flags(duty, "統括情報セキュリティ責任者は、教育のための資料を整備することが望ましい。"))
                .extracting(WeakeningFlag::kind)
                .containsExactly(WeakeningKind.WEAKENED_OBLIGATION);
        assertThat(flags(duty, "統括情報セキュリティ責任者は、必要に応じて教育のための資料を整備する。"))
                .extracting(WeakeningFlag::kind)
                .containsExactly(WeakeningKind.WEAKENED_OBLIGATION);
        assertThat(flags(duty, "統括情報セキュリティ責任者は、教育のための資料を整備することができる。"))
                .extracting(WeakeningFlag::kind)
                .containsExactly(WeakeningKind.WEAKENED_OBLIGATION);
    }

    @Test
    void doesNotFlagWhatTheRequirementAlreadyMadeConditional() {
        // 001 1.2.3.1(5)(b): 「必要があると判断した場合には…改善を指示すること」
        assertThat(flags(
                        "最高情報セキュリティ責任者は、自己点検の結果を全体として評価し、必要があると判断した場合には情報セキュリティ責任者に改善を指示すること。",
                        "CISOは、自己点検結果を評価し、必要に応じ基本計画に反映するとともに、改善を指示する。"))
                .isEmpty();
    }

    @Test
    void doesNotReadAFunctionThatCanDoSomethingAsAnOption() {
        // 003 7.1.2(2)①: 「設定等を行うことができる機能を設ける」 is a duty to build a function
        assertThat(flags("情報システムセキュリティ責任者は、アクセス制御を行う機能を設けること。", "情報システム管理者は、権限を有する者のみがアクセス制御の設定等を行うことができる機能を設ける。"))
                .isEmpty();
    }

    @Test
    void anOptionAddedInALaterSentenceIsNotAWeakening() {
        // 003 3.4.2(2)①: the plan is a duty; 「追加の…を定めることができる」 adds to it
        assertThat(flags("情報セキュリティ監査責任者は、年度監査計画を策定すること。", "監査責任者は、基本計画に基づき監査実施計画を定める。必要な場合は、追加の監査実施計画を定めることができる。"))
                .isEmpty();
    }

    @Test
    void flagsAnAnnualTrainingThatBecomesAsNeeded() {
        // 001 1.2.2.1(2)(a): 毎年度最低１回
        List<WeakeningFlag> flags = flags("行政事務従事者は、毎年度最低１回、情報セキュリティ対策の教育を受講すること。", "役職員等は、必要に応じて、情報セキュリティ対策の教育を受講する。");

        assertThat(flags).extracting(WeakeningFlag::kind).contains(WeakeningKind.RELAXED_PERIOD);
        assertThat(flags)
                .filteredOn(f -> f.kind() == WeakeningKind.RELAXED_PERIOD)
                .singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("毎年度最低1回").contains("必要に応じて"));
    }

    @Test
    void flagsBiennialAgainstEveryYear() {
        assertThat(flags("統括情報セキュリティ責任者は、毎年度１回、受講状況について報告すること。", "統括情報セキュリティ責任者は、隔年で受講状況について報告する。"))
                .extracting(WeakeningFlag::kind)
                .containsExactly(WeakeningKind.RELAXED_PERIOD);
    }

    @Test
    void comparesDeadlinesAndRetentionInTheirUnits() {
        // 001 1.2.2.1(1)(d): within three months of joining; full-width digits are folded
        assertThat(flags(
                        "統括情報セキュリティ責任者は、着任時、異動時に新しい職場等で３か月以内に受講できるように計画を企画すること。",
                        "統括情報セキュリティ責任者は、着任時、異動時に6か月以内に受講できるように計画を策定する。"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(WeakeningKind.RELAXED_PERIOD);
                    assertThat(f.explanation()).contains("3か月以内").contains("6か月以内");
                });
        // 以上 is a minimum: 1年間以上 → 30日以上 relaxes, 1年 → 3年 tightens
        assertThat(flags("証跡を1年間以上保存すること。", "ログを30日以上保存する。"))
                .extracting(WeakeningFlag::kind)
                .containsExactly(WeakeningKind.RELAXED_PERIOD);
        assertThat(flags("証跡を1年以上保存すること。", "ログを3年以上保存する。")).isEmpty();
        assertThat(flags("3か月以内に報告すること。", "1年以内に報告する。"))
                .extracting(WeakeningFlag::kind)
                .containsExactly(WeakeningKind.RELAXED_PERIOD);
    }

    @Test
    void aPeriodicCheckThatBecomesAsNeededIsRelaxed() {
        assertThat(flags("情報システムセキュリティ責任者は、定期的にサーバ装置の構成の変更を確認すること。", "情報システム管理者は、適宜サーバ装置の構成を確認する。"))
                .extracting(WeakeningFlag::kind)
                .containsExactly(WeakeningKind.RELAXED_PERIOD);
    }

    @Test
    void flagsAnOptionalAppointmentWhereOneIsRequired() {
        // 001 1.2.1.1(1)(a): 最高情報セキュリティ責任者を１人置くこと
        List<WeakeningFlag> flags = flags("最高情報セキュリティ責任者を１人置くこと。", "機構にCISOを置くことができる。");

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(WeakeningKind.RELAXED_COUNT);
            assertThat(f.explanation()).contains("1人置くこと").contains("置くことができる");
        });
        assertThat(flags("最高情報セキュリティ責任者を１人置くこと。", "CISOを2人置く。"))
                .extracting(WeakeningFlag::kind)
                .containsExactly(WeakeningKind.RELAXED_COUNT);
        assertThat(flags("最高情報セキュリティ責任者を１人置くこと。", "機構にCISOを1人置く。")).isEmpty();
    }

    @Test
    void flagsAllSystemsNarrowedToImportantOnes() {
        List<WeakeningFlag> flags = flags(
                "情報システムセキュリティ責任者は、すべての情報システムについて、主体認証を行う必要性の有無を検討すること。", "情報システム管理者は、重要な情報システムについて、認証機能の要否を検討する。");

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(WeakeningKind.NARROWED_SCOPE);
            assertThat(f.explanation()).contains("すべての情報システム").contains("重要な情報システム");
        });
    }

    @Test
    void flagsAllStaffNarrowedToSomeAcrossTheRenamedRole() {
        // 行政事務従事者 (001) and 役職員等 (003) are one term after folding
        assertThat(flags("全ての行政事務従事者に教育を受講させること。", "一部の役職員等に教育を受講させる。"))
                .extracting(WeakeningFlag::kind)
                .containsExactly(WeakeningKind.NARROWED_SCOPE);
        assertThat(flags("全ての行政事務従事者に教育を受講させること。", "全ての役職員等に教育を受講させる。")).isEmpty();
    }

    @Test
    void flagsAProtectionClassRaisedToAHigherLevel() {
        // 要機密情報 = 機密性２以上; 003 3.1(2)②(b) asks for encryption only from 機密性3
        List<WeakeningFlag> flags =
                flags("行政事務従事者は、要機密情報を電磁的記録媒体に保存する場合には、暗号化を行うこと。", "役職員等は、機密性3以上の情報を機器等に保存する際、暗号化による保護を行う。");

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(WeakeningKind.NARROWED_SCOPE);
            assertThat(f.explanation()).contains("要機密情報").contains("機密性3以上");
        });
        // 001's 「機密性１情報」 names a level, it is no lower bound
        assertThat(flags("情報が機密性１情報に格付けされるものであることを確認すること。", "機密性2以上の情報資産以外の情報資産を公表する。"))
                .isEmpty();
    }

    @Test
    void anEqualClauseHasNoFlag() {
        assertThat(flags(
                        "行政事務従事者は、情報を公表する場合には、当該情報が機密性１情報に格付けされるものであることを確認すること。",
                        "役職員等は、情報を公表する場合には、当該情報が機密性 1 情報に格付けされるものであることを確認する。"))
                .isEmpty();
    }
}
