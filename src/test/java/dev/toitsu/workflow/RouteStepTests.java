package dev.toitsu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conditional route steps: a step applies only when the request's field meets its condition (001 1.2.1.3(2)(a)). */
class RouteStepTests {

    private static final RouteStep ISO = new RouteStep("ISO", ApproverScope.APPLICANT_UNIT, "許可権限者", null);
    private static final RouteStep CISO_ABOVE_AMOUNT = new RouteStep(
            "CISO", ApproverScope.ORGANIZATION, "CISO", null, "amount", RouteStep.Operator.AT_LEAST, "1000000");
    private static final RouteStep CISO_IF_CONFIDENTIAL =
            new RouteStep("CISO", ApproverScope.ORGANIZATION, "CISO", null, "confidential", null, null);

    @Test
    void anUnconditionalStepAlwaysApplies() {
        assertThat(ISO.conditional()).isFalse();
        assertThat(ISO.appliesTo(Map.of())).isTrue();
    }

    @Test
    void anAmountStepAppliesFromItsThreshold() {
        assertThat(CISO_ABOVE_AMOUNT.appliesTo(Map.of("amount", "999999"))).isFalse();
        assertThat(CISO_ABOVE_AMOUNT.appliesTo(Map.of("amount", "1000000"))).isTrue();
        assertThat(CISO_ABOVE_AMOUNT.appliesTo(Map.of("amount", "1,500,000"))).isTrue();
        assertThat(CISO_ABOVE_AMOUNT.appliesTo(Map.of("amount", "不明"))).isFalse();
        assertThat(CISO_ABOVE_AMOUNT.appliesTo(Map.of())).isFalse();
    }

    @Test
    void aCheckboxStepAppliesWhenTicked() {
        assertThat(CISO_IF_CONFIDENTIAL.whenOperator()).isEqualTo(RouteStep.Operator.EQUALS);
        assertThat(CISO_IF_CONFIDENTIAL.appliesTo(Map.of("confidential", "true")))
                .isTrue();
        assertThat(CISO_IF_CONFIDENTIAL.appliesTo(Map.of("confidential", "false")))
                .isFalse();
        assertThat(CISO_IF_CONFIDENTIAL.appliesTo(Map.of())).isFalse();
        RouteStep filled = new RouteStep("X", null, "X", null, "note", RouteStep.Operator.FILLED, null);
        assertThat(filled.appliesTo(Map.of("note", "あり"))).isTrue();
        assertThat(filled.appliesTo(Map.of("note", " "))).isFalse();
    }

    @Test
    void theRoutePassesOverStepsWhoseConditionDoesNotHold() {
        RequestType type = new RequestType(
                null,
                null,
                "PURCHASE",
                "調達",
                null,
                null,
                null,
                null,
                "request",
                List.of(),
                List.of(ISO, CISO_ABOVE_AMOUNT, CISO_IF_CONFIDENTIAL),
                List.of(),
                false,
                false,
                false,
                14,
                true,
                0);
        assertThat(type.nextStep(0, Map.of("amount", "10"))).isZero();
        assertThat(type.nextStep(1, Map.of("amount", "10"))).isEqualTo(-1);
        assertThat(type.nextStep(1, Map.of("amount", "2000000"))).isEqualTo(1);
        assertThat(type.nextStep(1, Map.of("amount", "10", "confidential", "true")))
                .isEqualTo(2);
        assertThat(type.nextStep(3, Map.of("confidential", "true"))).isEqualTo(-1);
    }
}
