package dev.toitsu.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 統括 keeps the 重要度 criteria (000 表5.1.1-1 as the default; criteria are data, 5.1.1(1)) and the applicability
 * rules; the first change copies the defaults into the organization only, and every change is in the audit trail.
 */
@IntegrationTest
class ApplicabilitySettingsTest {

    @Autowired
    RegistryFixture fixture;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ApplicabilitySettings settings;

    @Autowired
    InformationSystems systems;

    @Autowired
    Applicability applicability;

    @Autowired
    JdbcClient jdbc;

    RegistryFixture.Org org;
    RegistryFixture.Org other;

    @BeforeEach
    void organizations() {
        org = fixture.create();
        other = fixture.create();
    }

    @Test
    void criteriaAreAddedChangedAndRetiredForTheOrganizationOnly() {
        List<ImportanceCriterion> defaults = signedIn.as(org.generalIso(), () -> settings.criteria());
        assertThat(defaults).extracting(ImportanceCriterion::code).contains("H-COST", "M-PROTECTED");

        ImportanceCriterion added = signedIn.as(
                org.generalIso(),
                () -> settings.saveCriterion(" h-local-critical ", Importance.HIGH, "住民サービスの基幹となる", null, 45));
        assertThat(added.code()).isEqualTo("H-LOCAL-CRITICAL");
        assertThat(added.source()).isEqualTo("organization");
        ImportanceCriterion changed = signedIn.as(
                org.generalIso(),
                () -> settings.saveCriterion("H-COST", Importance.MEDIUM, "年間運用経費が1億円を超える", "Costs over 100M yen", 50));
        assertThat(changed.source()).isEqualTo("000 表5.1.1-1");
        signedIn.run(org.generalIso(), () -> settings.retireCriterion("H-NATIONAL-SECURITY"));

        // the assessment of a system reads the organization's criteria
        assertThat(signedIn.as(org.generalIso(), () -> systems.criteria()))
                .extracting(ImportanceCriterion::code)
                .contains("H-LOCAL-CRITICAL", "H-COST", "H-AFFECTS-HIGH")
                .doesNotContain("H-NATIONAL-SECURITY");
        assertThat(signedIn.as(org.generalIso(), () -> systems.criteria()))
                .filteredOn(c -> c.code().equals("H-COST"))
                .singleElement()
                .satisfies(c -> assertThat(c.importance()).isEqualTo(Importance.MEDIUM));
        // another organization still has the defaults
        assertThat(signedIn.as(other.generalIso(), () -> settings.criteria()))
                .extracting(ImportanceCriterion::code)
                .contains("H-NATIONAL-SECURITY")
                .doesNotContain("H-LOCAL-CRITICAL");
        assertThat(jdbc.sql("select action from audit_event where organization_id = :org and action like"
                                + " 'registry.importance-criterion.%' order by seq")
                        .param("org", org.id())
                        .query(String.class)
                        .list())
                .containsExactly(
                        "registry.importance-criterion.saved",
                        "registry.importance-criterion.saved",
                        "registry.importance-criterion.retired");
    }

    @Test
    void invalidCriteriaAndOtherPeopleAreRefused() {
        assertThatThrownBy(() -> signedIn.run(
                        org.generalIso(), () -> settings.saveCriterion("不正 コード", Importance.HIGH, "基準", null, null)))
                .hasMessageContaining("registry.criterion.code.format");
        assertThatThrownBy(() -> signedIn.run(
                        org.generalIso(), () -> settings.saveCriterion("H-X", Importance.HIGH, " ", null, null)))
                .hasMessageContaining("registry.criterion.text.required");
        assertThatThrownBy(() ->
                        signedIn.run(org.generalIso(), () -> settings.saveCriterion("H-X", null, "基準", null, null)))
                .hasMessageContaining("registry.criterion.importance.required");
        // a 課室 keeper of the registers may not change the organization's criteria (CLASSIFICATION_ADMINISTER)
        assertThatThrownBy(() -> signedIn.run(
                        org.sectionKeeper(), () -> settings.saveCriterion("H-X", Importance.HIGH, "基準", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(org.staff(), () -> settings.criteria()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(org.generalIso(), () -> settings.retireCriterion("NO-SUCH")))
                .isInstanceOf(dev.toitsu.shared.NotFoundException.class);
        // nothing was copied by the refused attempts
        assertThat(jdbc.sql("select count(*) from importance_criterion where organization_id = :org")
                        .param("org", org.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRuleChangesWhatTheEngineAppliesToASystem() {
        InformationSystem s = signedIn.as(
                org.generalIso(), () -> systems.register(RegistryIntegrationTest.system("庁内システム", org.unitA())));
        assertThat(nodes(s)).contains("6.4.3(1)-1 a)");

        ApplicabilityRule rule = signedIn.as(
                org.generalIso(), () -> settings.saveRule("nisc-r5", "6.4.3", "INTERNET_FACING", "外部接続時のみ"));
        assertThat(rule.source()).isEqualTo("organization");
        assertThat(nodes(s)).noneMatch(n -> n.startsWith("6.4.3"));
        assertThat(signedIn.as(org.generalIso(), () -> settings.rules("nisc-r5")))
                .extracting(ApplicabilityRule::prefix)
                .contains("6.", "6.4.3", "7."); // the defaults were copied with it

        signedIn.run(org.generalIso(), () -> settings.removeRule("nisc-r5", "6.4.3"));
        assertThat(nodes(s)).contains("6.4.3(1)-1 a)");
        // another organization's engine is untouched
        assertThat(signedIn.as(other.generalIso(), () -> settings.rules("nisc-r5")))
                .extracting(ApplicabilityRule::source)
                .doesNotContain("organization");

        assertThatThrownBy(() ->
                        signedIn.run(org.generalIso(), () -> settings.saveRule("nisc-r5", "6.4.3", "SOMETIMES", null)))
                .hasMessageContaining("registry.rule.condition.unknown");
        assertThatThrownBy(
                        () -> signedIn.run(org.generalIso(), () -> settings.saveRule("no-such", "6.", "ALWAYS", null)))
                .hasMessageContaining("registry.applicability.edition.unknown");
        assertThatThrownBy(
                        () -> signedIn.run(org.generalIso(), () -> settings.saveRule("nisc-r5", "x;", "ALWAYS", null)))
                .hasMessageContaining("registry.rule.prefix.format");
        assertThatThrownBy(() ->
                        signedIn.run(org.sectionKeeper(), () -> settings.saveRule("nisc-r5", "6.4.3", "NEVER", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> nodes(InformationSystem s) {
        return signedIn.as(org.generalIso(), () -> applicability.statement(s.id())).requirements().stream()
                .map(ApplicableRequirement::nodeId)
                .toList();
    }
}
