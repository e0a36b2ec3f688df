package dev.toitsu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.identity.security.SignInFlow;
import dev.toitsu.support.IntegrationTest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A request type whose second step (the CISO) applies only when 「要機密情報を扱う」 is ticked or the amount reaches a
 * threshold: the engine routes a plain request past it and a sensitive one to it.
 */
@IntegrationTest
class ConditionalRouteTests {

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    RequestTypes types;

    @Autowired
    ApprovalRequests requests;

    @Autowired
    Clock clock;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SignInFlow flow;

    @Test
    void theCisoStepAppliesOnlyToRequestsThatMeetItsCondition() {
        var w = fixture.world();
        String code = "PURCHASE_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        fixture.as(w.ciso(), () -> types.define(purchase(code, "CISO")));
        assertThat(mvc.get()
                        .uri("/request-types")
                        .with(SecurityMockMvcRequestPostProcessors.authentication(
                                flow.fullyAuthenticated(w.ciso().accountId()))))
                .hasStatusOk()
                .bodyText()
                .contains("（confidential が true のとき）", "（amount が 1000000 以上のとき）");

        ApprovalRequest plain = fixture.as(w.applicant(), () -> requests.create(draft(code, "50000", false), true));
        ApprovalRequest sensitive = fixture.as(w.applicant(), () -> requests.create(draft(code, "50000", true), true));
        ApprovalRequest costly = fixture.as(w.applicant(), () -> requests.create(draft(code, "3000000", false), true));
        for (ApprovalRequest r : List.of(plain, sensitive, costly)) {
            assertThat(r.stepIndex()).isZero();
            fixture.as(w.iso1(), () -> requests.decide(r.id(), WorkflowFixture.approve(r.version())));
        }

        assertThat(fixture.as(w.applicant(), () -> requests.get(plain.id())).state())
                .isEqualTo(RequestState.APPROVED);
        ApprovalRequest atCiso = fixture.as(w.applicant(), () -> requests.get(sensitive.id()));
        assertThat(atCiso.state()).isEqualTo(RequestState.SUBMITTED);
        assertThat(atCiso.stepIndex()).isEqualTo(1);
        assertThat(fixture.as(w.ciso(), () -> requests.awaitingMe()))
                .extracting(ApprovalRequest::id)
                .contains(sensitive.id(), costly.id())
                .doesNotContain(plain.id());
        fixture.as(w.ciso(), () -> requests.decide(atCiso.id(), WorkflowFixture.approve(atCiso.version())));
        assertThat(fixture.as(w.applicant(), () -> requests.get(sensitive.id())).state())
                .isEqualTo(RequestState.APPROVED);
    }

    @Test
    void aConditionMustNameAFieldOfTheFormAndTheFirstStepHasNone() {
        var w = fixture.world();
        RequestTypeDraft unknownField =
                purchase("BAD_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), "CISO");
        RequestTypeDraft bad = new RequestTypeDraft(
                unknownField.code(),
                unknownField.name(),
                null,
                null,
                null,
                null,
                "request",
                unknownField.fields(),
                List.of(
                        unknownField.route().get(0),
                        new RouteStep("CISO", ApproverScope.ORGANIZATION, "CISO", null, "nosuch", null, "x")),
                List.of(),
                false,
                false,
                false,
                14);
        assertThatThrownBy(() -> fixture.as(w.ciso(), () -> types.define(bad)))
                .hasMessageContaining("workflow.type.route.when.unknownField");
        RequestTypeDraft firstConditional = new RequestTypeDraft(
                unknownField.code(),
                unknownField.name(),
                null,
                null,
                null,
                null,
                "request",
                unknownField.fields(),
                List.of(unknownField.route().get(1)),
                List.of(),
                false,
                false,
                false,
                14);
        assertThatThrownBy(() -> fixture.as(w.ciso(), () -> types.define(firstConditional)))
                .hasMessageContaining("workflow.type.route.firstUnconditional");
    }

    private static RequestTypeDraft purchase(String code, String secondRole) {
        return new RequestTypeDraft(
                code,
                "機器調達の申請",
                "Equipment purchase",
                null,
                null,
                null,
                "request",
                List.of(
                        new FieldDefinition("item", "品目", "Item", FieldType.TEXT, true, null, List.of(), false),
                        new FieldDefinition(
                                "amount", "金額（円）", "Amount (yen)", FieldType.NUMBER, true, null, List.of(), true),
                        new FieldDefinition(
                                "confidential",
                                "要機密情報を扱う",
                                "Handles confidential information",
                                FieldType.BOOLEAN,
                                false,
                                null,
                                List.of(),
                                false)),
                List.of(
                        new RouteStep("ISO", ApproverScope.APPLICANT_UNIT, "情報セキュリティ責任者", null),
                        new RouteStep(
                                secondRole,
                                ApproverScope.ORGANIZATION,
                                "最高情報セキュリティ責任者",
                                null,
                                "confidential",
                                RouteStep.Operator.EQUALS,
                                null),
                        new RouteStep(
                                secondRole,
                                ApproverScope.ORGANIZATION,
                                "最高情報セキュリティ責任者（高額）",
                                null,
                                "amount",
                                RouteStep.Operator.AT_LEAST,
                                "1000000")),
                List.of(),
                false,
                false,
                false,
                14);
    }

    private RequestDraft draft(String code, String amount, boolean confidential) {
        return new RequestDraft(
                code,
                "ノートPCの調達",
                Map.of("item", "ノートPC", "amount", amount, "confidential", String.valueOf(confidential)),
                null,
                null,
                false,
                null);
    }
}
