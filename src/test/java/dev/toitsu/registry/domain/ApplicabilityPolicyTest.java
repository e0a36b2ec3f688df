package dev.toitsu.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.registry.Hosting;
import dev.toitsu.registry.Importance;
import dev.toitsu.registry.Obligation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which clauses concern a system, and 000 表5.1.1-2 (基本: 必須; 追加: 高は必須、中・低は必要に応じて). */
class ApplicabilityPolicyTest {

    private static final List<ApplicabilityPolicy.Rule> RULES = List.of(
            new ApplicabilityPolicy.Rule("5.", ApplicabilityCondition.ALWAYS, null),
            new ApplicabilityPolicy.Rule("5.1.1", ApplicabilityCondition.NEVER, null),
            new ApplicabilityPolicy.Rule("4.2.1", ApplicabilityCondition.USES_CLOUD_WITH_CONFIDENTIAL, null),
            new ApplicabilityPolicy.Rule("4.2.3", ApplicabilityCondition.USES_CLOUD_WITHOUT_CONFIDENTIAL, null),
            new ApplicabilityPolicy.Rule("6.", ApplicabilityCondition.ALWAYS, null),
            new ApplicabilityPolicy.Rule("6.6.2", ApplicabilityCondition.INTERNET_FACING, null),
            new ApplicabilityPolicy.Rule("5.4.1", ApplicabilityCondition.GOVERNMENT_SHARED_MANAGING, null));

    private static final List<RequirementRef> CLAUSES = List.of(
            new RequirementRef("2.1.2(1)", null, "情報システム台帳の整備", List.of()),
            new RequirementRef("4.2.1(2)", null, "クラウドサービスの選定", List.of()),
            new RequirementRef("4.2.3(1)", null, "要機密情報を取り扱わない場合", List.of()),
            new RequirementRef("5.1.1(1)", null, "分類基準の整備", List.of()),
            new RequirementRef("5.2.1(2)", null, "分類の実施", List.of()),
            new RequirementRef("5.4.1(1)", null, "管理機関", List.of()),
            new RequirementRef("6.4.3(1)-1 a)", "BASIC", "無線LAN通信の暗号化", List.of()),
            new RequirementRef("6.4.3(1)-1 e)", "ADDITIONAL", "IEEE 802.1X", List.of()),
            new RequirementRef("6.6.2(1)", null, "政府ドメイン名", List.of()));

    private static List<String> ids(List<ApplicabilityPolicy.Applicable> list) {
        return list.stream().map(a -> a.requirement().nodeId()).toList();
    }

    @Test
    void anOnPremisesIntranetSystemGetsLifecycleAndComponentClausesOnly() {
        var list = ApplicabilityPolicy.applicable(
                CLAUSES, RULES, new ApplicabilityPolicy.Profile(Importance.LOW, Hosting.ON_PREMISES, false, true));
        assertThat(ids(list)).containsExactly("5.2.1(2)", "6.4.3(1)-1 a)", "6.4.3(1)-1 e)");
    }

    @Test
    void aCloudSystemWithConfidentialInformationGetsTheCloudSelectionClauses() {
        var list = ApplicabilityPolicy.applicable(
                CLAUSES, RULES, new ApplicabilityPolicy.Profile(Importance.MEDIUM, Hosting.CLOUD_SERVICE, true, true));
        assertThat(ids(list)).contains("4.2.1(2)", "6.6.2(1)").doesNotContain("4.2.3(1)", "2.1.2(1)");
        var withoutConfidential = ApplicabilityPolicy.applicable(
                CLAUSES,
                RULES,
                new ApplicabilityPolicy.Profile(Importance.MEDIUM, Hosting.CLOUD_SERVICE, false, false));
        assertThat(ids(withoutConfidential)).contains("4.2.3(1)").doesNotContain("4.2.1(2)", "6.6.2(1)");
    }

    @Test
    void additionalMeasuresAreMandatoryForHighAndAsNeededOtherwise() {
        var high = ApplicabilityPolicy.applicable(
                CLAUSES, RULES, new ApplicabilityPolicy.Profile(Importance.HIGH, Hosting.ON_PREMISES, false, false));
        var low = ApplicabilityPolicy.applicable(
                CLAUSES, RULES, new ApplicabilityPolicy.Profile(Importance.LOW, Hosting.ON_PREMISES, false, false));
        var undecided = ApplicabilityPolicy.applicable(
                CLAUSES, RULES, new ApplicabilityPolicy.Profile(null, Hosting.ON_PREMISES, false, false));
        assertThat(obligation(high, "6.4.3(1)-1 e)")).isEqualTo(Obligation.MANDATORY);
        assertThat(obligation(low, "6.4.3(1)-1 e)")).isEqualTo(Obligation.AS_NEEDED);
        assertThat(obligation(undecided, "6.4.3(1)-1 e)")).isEqualTo(Obligation.AS_NEEDED);
        assertThat(obligation(low, "6.4.3(1)-1 a)")).isEqualTo(Obligation.MANDATORY);
        // 強化遵守事項 of the older editions behave like 追加
        assertThat(ApplicabilityPolicy.obligation("ENHANCED", Importance.MEDIUM))
                .isEqualTo(Obligation.AS_NEEDED);
    }

    @Test
    void governmentSharedClausesApplyToTheManagingOrganizationOnly() {
        var managing = ApplicabilityPolicy.applicable(
                CLAUSES,
                RULES,
                new ApplicabilityPolicy.Profile(Importance.HIGH, Hosting.GOVERNMENT_SHARED_MANAGING, false, false));
        var using = ApplicabilityPolicy.applicable(
                CLAUSES,
                RULES,
                new ApplicabilityPolicy.Profile(Importance.HIGH, Hosting.GOVERNMENT_SHARED_USING, false, false));
        assertThat(ids(managing)).contains("5.4.1(1)");
        assertThat(ids(using)).doesNotContain("5.4.1(1)");
    }

    @Test
    void prefixesMatchWholeNumbersOnly() {
        assertThat(ApplicabilityPolicy.matches("5.4.1", "5.4.1(1)")).isTrue();
        assertThat(ApplicabilityPolicy.matches("5.4.1", "5.4.10")).isFalse();
        assertThat(ApplicabilityPolicy.matches("6.4.1(2)", "6.4.1(2)-1")).isTrue();
        assertThat(ApplicabilityPolicy.matches("6.4.1(2)", "6.4.1(20)")).isFalse();
        assertThat(ApplicabilityPolicy.matches("5.", "5.2.1")).isTrue();
        assertThat(ApplicabilityPolicy.matches("5.", "6.2.1")).isFalse();
    }

    private static Obligation obligation(List<ApplicabilityPolicy.Applicable> list, String id) {
        return list.stream()
                .filter(a -> a.requirement().nodeId().equals(id))
                .findFirst()
                .orElseThrow()
                .obligation();
    }
}
