package dev.toitsu.workflow;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One step of an approval route: the holders of {@code roleCode} at {@code scope} decide (許可権限者). A step with a
 * condition ({@code whenField}, {@code whenOperator}, {@code whenValue}) applies only when the request's value of that
 * field meets it, e.g. the CISO only when the amount is at least 1,000,000 or when 「要機密情報を扱う」 is ticked;
 * otherwise the route passes over it. The first step has no condition, so every request has an approver.
 */
public record RouteStep(
        String roleCode,
        ApproverScope scope,
        String label,
        String labelEn,
        String whenField,
        Operator whenOperator,
        String whenValue) {

    /** How a step's condition compares the field's value. */
    public enum Operator {
        /** The value equals {@code whenValue} (for a checkbox: {@code true}). */
        EQUALS,
        /** The value, a number, is at least {@code whenValue}. */
        AT_LEAST,
        /** The field has any value. */
        FILLED
    }

    public RouteStep {
        scope = scope == null ? ApproverScope.APPLICANT_UNIT : scope;
        whenField = whenField == null || whenField.isBlank() ? null : whenField.strip();
        whenValue = whenValue == null || whenValue.isBlank() ? null : whenValue.strip();
        if (whenField == null) {
            whenOperator = null;
            whenValue = null;
        } else if (whenOperator == null) {
            whenOperator = Operator.EQUALS;
        }
    }

    public RouteStep(String roleCode, ApproverScope scope, String label, String labelEn) {
        this(roleCode, scope, label, labelEn, null, null, null);
    }

    public boolean conditional() {
        return whenField != null;
    }

    /** Whether this step applies to a request with these form values. */
    public boolean appliesTo(Map<String, String> values) {
        if (whenField == null) {
            return true;
        }
        String value = values == null ? null : values.get(whenField);
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (whenOperator) {
            case FILLED -> !"false".equals(value);
            case EQUALS -> value.strip().equalsIgnoreCase(whenValue == null ? "true" : whenValue);
            case AT_LEAST -> atLeast(value, whenValue);
        };
    }

    private static boolean atLeast(String value, String threshold) {
        try {
            return new BigDecimal(value.strip().replace(",", "")).compareTo(new BigDecimal(threshold)) >= 0;
        } catch (NumberFormatException | NullPointerException e) {
            return false;
        }
    }
}
