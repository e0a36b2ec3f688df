package dev.toitsu.workflow.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.workflow.ApproverScope;
import dev.toitsu.workflow.FieldDefinition;
import dev.toitsu.workflow.FieldType;
import dev.toitsu.workflow.InvalidFieldException;
import dev.toitsu.workflow.RequestType;
import dev.toitsu.workflow.RouteStep;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static final RequestType EXEMPTION = new RequestType(
            null,
            null,
            "EXEMPTION",
            "例外措置の適用申請",
            null,
            null,
            null,
            "1.2.1.3(2)",
            "exemption",
            List.of(
                    new FieldDefinition("clause", "条項等", null, FieldType.TEXT, true, 20, List.of(), true),
                    new FieldDefinition("reason", "理由", null, FieldType.TEXTAREA, true, null, List.of(), false),
                    new FieldDefinition(
                            "level", "格付", null, FieldType.CHOICE, true, null, List.of("機密性1", "機密性2"), false),
                    new FieldDefinition("usb", "USB", null, FieldType.BOOLEAN, false, null, List.of(), false)),
            List.of(new RouteStep("ISO", ApproverScope.APPLICANT_UNIT, "許可権限者", null)),
            List.of(),
            true,
            true,
            true,
            14,
            true,
            0);

    @Test
    void aSubmissionNeedsEveryRequiredFieldButADraftDoesNot() {
        assertThat(FormPolicy.clean(EXEMPTION, Map.of("clause", "5.1"), false)).containsEntry("clause", "5.1");
        assertThatThrownBy(() -> FormPolicy.clean(EXEMPTION, Map.of("clause", "5.1"), true))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("reason");
    }

    @Test
    void choicesLengthsAndBooleansAreChecked() {
        assertThatThrownBy(() -> FormPolicy.clean(EXEMPTION, Map.of("level", "機密性3"), false))
                .hasMessageContaining("workflow.field.notAnOption");
        assertThatThrownBy(() -> FormPolicy.clean(EXEMPTION, Map.of("clause", "x".repeat(21)), false))
                .hasMessageContaining("workflow.field.tooLong");
        assertThat(FormPolicy.clean(EXEMPTION, Map.of("usb", "on"), false)).containsEntry("usb", "true");
        assertThat(FormPolicy.clean(EXEMPTION, Map.of("unknown", "dropped"), false))
                .doesNotContainKey("unknown");
    }

    @Test
    void onlyAmendableFieldsMayBeChangedByTheApprover() {
        assertThat(FormPolicy.amendments(EXEMPTION, Map.of("clause", "5.2"))).containsEntry("clause", "5.2");
        assertThatThrownBy(() -> FormPolicy.amendments(EXEMPTION, Map.of("reason", "changed")))
                .hasMessageContaining("workflow.decision.notAmendable");
    }

    // 001 1.2.1.3(2)(b) ただし書: only an emergency justifies applying after the fact
    @Test
    void aPeriodInThePastNeedsAPostHocApplicationWithAReason() {
        assertThatThrownBy(() -> FormPolicy.checkPeriod(EXEMPTION, TODAY.minusDays(1), TODAY, false, null, TODAY))
                .hasMessageContaining("workflow.request.periodFrom.past");
        assertThatThrownBy(() -> FormPolicy.checkPeriod(EXEMPTION, TODAY.minusDays(1), TODAY, true, " ", TODAY))
                .hasMessageContaining("workflow.request.postHocReason.required");
        FormPolicy.checkPeriod(EXEMPTION, TODAY.minusDays(1), TODAY, true, "障害対応", TODAY);
        assertThatThrownBy(() -> FormPolicy.checkPeriod(EXEMPTION, TODAY, TODAY.minusDays(1), false, null, TODAY))
                .hasMessageContaining("workflow.request.periodTo.beforeFrom");
    }

    @Test
    void theSnapshotHashDoesNotDependOnKeyOrder() {
        Map<String, Object> a = Map.of("b", 1, "a", Map.of("y", "2", "x", "1"));
        Map<String, Object> b = new java.util.LinkedHashMap<>();
        b.put("a", new java.util.LinkedHashMap<>(Map.of("x", "1", "y", "2")));
        b.put("b", 1);
        assertThat(Json.sha256(Json.canonical(a))).isEqualTo(Json.sha256(Json.canonical(b)));
    }
}
