package dev.toitsu.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.shared.Permission;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import dev.toitsu.workflow.ApprovalRequest;
import dev.toitsu.workflow.ApprovalRequests;
import dev.toitsu.workflow.DecisionDraft;
import dev.toitsu.workflow.DecisionOutcome;
import dev.toitsu.workflow.RequestDraft;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A 例外措置 approved for a system (001 1.2.1.3(2)(c)) shows on the system's statement of applicability, and only a
 * clause an exemption in force names can be declared 「例外措置」.
 */
@IntegrationTest
class ExemptionOnApplicabilityTest {

    private static final String EXEMPTED_CLAUSE = "6.4.3(1)-1 e)";
    private static final String OTHER_CLAUSE = "6.4.3(1)-1 a)";

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignedIn signedIn;

    @Autowired
    InformationSystems systems;

    @Autowired
    Applicability applicability;

    @Autowired
    ApprovalRequests requests;

    @Autowired
    Clock clock;

    @Test
    void anApprovedExemptionShowsOnTheStatementAndAllowsOnlyItsClauseToBeExempted() {
        UUID org = organizations.organization(
                "例外措置台帳連携試験省" + UUID.randomUUID().toString().substring(0, 6));
        TestPerson applicant = organizations.person(org, "STAFF", Permission.DIRECTORY_READ);
        TestPerson iso = organizations.person(
                org, "ISO", Permission.DIRECTORY_READ, Permission.REGISTRY_READ, Permission.REGISTRY_ADMINISTER);
        TestPerson staffElsewhere = organizations.person(
                organizations.organization("別の省"), "ISO", Permission.REGISTRY_READ, Permission.REGISTRY_ADMINISTER);
        UUID unit = organizations.unit(org, "JOHO", "情報システム課");
        InformationSystem system = signedIn.as(iso.accountId(), () -> systems.register(cloudSystem(unit)));
        StatementOfApplicability before = signedIn.as(iso.accountId(), () -> applicability.statement(system.id()));
        assertThat(before.exemptions()).isEmpty();
        assertThatThrownBy(() -> signedIn.run(
                        iso.accountId(),
                        () -> applicability.declare(
                                system.id(), EXEMPTED_CLAUSE, -1, RequirementStatus.EXEMPTED, "E-1")))
                .hasMessageContaining("registry.applicability.exemption.required");

        LocalDate today = LocalDate.now(clock);
        ApprovalRequest submitted = signedIn.as(
                applicant.accountId(),
                () -> requests.create(
                        new RequestDraft(
                                "EXEMPTION",
                                "多要素認証の導入猶予",
                                Map.of(
                                        "regulation", "情報セキュリティ対策基準",
                                        "clause", "6.4.3(1)",
                                        "requirementId", "nisc-r5:" + EXEMPTED_CLAUSE,
                                        "systemIds", system.id().toString(),
                                        "measures", "接続元IPアドレスを庁内に限定する",
                                        "endReportMethod", "電子メールで許可権限者に報告する",
                                        "reason", "更改まで製品が対応していないため"),
                                today,
                                today.plusMonths(3),
                                false,
                                null),
                        true));
        signedIn.run(
                iso.accountId(),
                () -> requests.decide(
                        submitted.id(),
                        new DecisionDraft(
                                DecisionOutcome.APPROVED,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                false,
                                submitted.version())));

        StatementOfApplicability after = signedIn.as(iso.accountId(), () -> applicability.statement(system.id()));
        assertThat(after.exemptions()).singleElement().satisfies(x -> {
            assertThat(x.requestId()).isEqualTo(submitted.id());
            assertThat(x.number()).isEqualTo(submitted.number());
            assertThat(x.to()).isEqualTo(today.plusMonths(3));
            assertThat(x.measures()).contains("接続元IPアドレス");
        });
        assertThat(line(after, EXEMPTED_CLAUSE).exemptions())
                .extracting(ExemptionInForce::number)
                .containsExactly(submitted.number());
        assertThat(line(after, OTHER_CLAUSE).exemptions()).isEmpty();

        assertThatThrownBy(() -> signedIn.run(
                        iso.accountId(),
                        () -> applicability.declare(system.id(), OTHER_CLAUSE, -1, RequirementStatus.EXEMPTED, "流用")))
                .hasMessageContaining("registry.applicability.exemption.required");
        ApplicableRequirement exempted = signedIn.as(
                iso.accountId(),
                () -> applicability.declare(system.id(), EXEMPTED_CLAUSE, -1, RequirementStatus.EXEMPTED, null));
        assertThat(exempted.status()).isEqualTo(RequirementStatus.EXEMPTED);
        assertThat(exempted.reason()).startsWith(submitted.number());

        // another organization's register does not see the system, let alone its exemptions
        assertThatThrownBy(() -> signedIn.run(staffElsewhere.accountId(), () -> applicability.statement(system.id())))
                .isInstanceOf(dev.toitsu.shared.NotFoundException.class);
    }

    private static SystemDraft cloudSystem(UUID unit) {
        return new SystemDraft(
                null,
                "クラウド上の申請システム",
                null,
                unit,
                List.of(),
                null,
                null,
                true,
                Hosting.CLOUD_SERVICE,
                "政府共通のクラウド",
                false,
                LifecyclePhase.OPERATION,
                null,
                null,
                null,
                null,
                null);
    }

    private static ApplicableRequirement line(StatementOfApplicability s, String nodeId) {
        return s.requirements().stream()
                .filter(r -> r.nodeId().equals(nodeId))
                .findFirst()
                .orElseThrow();
    }
}
