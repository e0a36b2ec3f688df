package dev.toitsu.workflow.domain;

import dev.toitsu.workflow.FieldDefinition;
import dev.toitsu.workflow.InvalidFieldException;
import dev.toitsu.workflow.RequestType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks an application against its type's form: required fields, lengths, types, choices, and the period. Values
 * not on the form are dropped, except {@link #POST_HOC_REASON}. A draft may be incomplete; a submission may not.
 */
public final class FormPolicy {

    /** Why a post-hoc application was unavoidable (001 1.2.1.3(2)(b) ただし書: 緊急を要する等の場合). */
    public static final String POST_HOC_REASON = "postHocReason";

    private static final int DEFAULT_MAX = 4000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private FormPolicy() {}

    public static Map<String, String> clean(RequestType type, Map<String, String> values, boolean complete) {
        Map<String, String> clean = new LinkedHashMap<>();
        for (FieldDefinition field : type.fields()) {
            String value = normalize(values.get(field.key()));
            if (value == null) {
                if (field.type() == dev.toitsu.workflow.FieldType.BOOLEAN) {
                    clean.put(field.key(), "false");
                } else if (complete && field.required()) {
                    throw new InvalidFieldException(field.key(), "workflow.field.required", field.label());
                }
                continue;
            }
            clean.put(field.key(), check(field, value));
        }
        String postHoc = normalize(values.get(POST_HOC_REASON));
        if (postHoc != null) {
            if (postHoc.length() > DEFAULT_MAX) {
                throw new InvalidFieldException(POST_HOC_REASON, "workflow.field.tooLong", "", DEFAULT_MAX);
            }
            clean.put(POST_HOC_REASON, postHoc);
        }
        return clean;
    }

    /** Only fields the type marks amendable may be set by the approver; each is checked like an application. */
    public static Map<String, String> amendments(RequestType type, Map<String, String> amended) {
        Map<String, String> clean = new LinkedHashMap<>();
        amended.forEach((key, raw) -> {
            FieldDefinition field = type.field(key)
                    .filter(FieldDefinition::amendable)
                    .orElseThrow(() -> new InvalidFieldException(key, "workflow.decision.notAmendable", key));
            String value = normalize(raw);
            if (value == null) {
                if (field.required()) {
                    throw new InvalidFieldException(key, "workflow.field.required", field.label());
                }
                clean.put(key, "");
            } else {
                clean.put(key, check(field, value));
            }
        });
        return clean;
    }

    /**
     * The period of a type with one: both ends, in order, and not in the past unless applied for after the fact
     * (then the emergency reason is required, and the type must allow post-hoc applications).
     */
    public static void checkPeriod(
            RequestType type, LocalDate from, LocalDate to, boolean postHoc, String postHocReason, LocalDate today) {
        if (postHoc && !type.postHocAllowed()) {
            throw new InvalidFieldException("postHoc", "workflow.request.postHoc.notAllowed");
        }
        if (postHoc && normalize(postHocReason) == null) {
            throw new InvalidFieldException(POST_HOC_REASON, "workflow.request.postHocReason.required");
        }
        if (!type.hasPeriod()) {
            return;
        }
        if (from == null) {
            throw new InvalidFieldException("periodFrom", "workflow.request.periodFrom.required");
        }
        if (to == null) {
            throw new InvalidFieldException("periodTo", "workflow.request.periodTo.required");
        }
        if (to.isBefore(from)) {
            throw new InvalidFieldException("periodTo", "workflow.request.periodTo.beforeFrom");
        }
        if (!postHoc && from.isBefore(today)) {
            throw new InvalidFieldException("periodFrom", "workflow.request.periodFrom.past");
        }
    }

    private static String check(FieldDefinition field, String value) {
        int max = field.maxLength() == null ? DEFAULT_MAX : field.maxLength();
        if (value.length() > max) {
            throw new InvalidFieldException(field.key(), "workflow.field.tooLong", field.label(), max);
        }
        switch (field.type()) {
            case BOOLEAN -> {
                String v = value.toLowerCase(java.util.Locale.ROOT);
                if (!v.equals("true") && !v.equals("false") && !v.equals("on")) {
                    throw new InvalidFieldException(field.key(), "workflow.field.invalid", field.label());
                }
                return v.equals("false") ? "false" : "true";
            }
            case DATE -> {
                try {
                    return LocalDate.parse(value).toString();
                } catch (DateTimeParseException e) {
                    throw new InvalidFieldException(field.key(), "workflow.field.invalid", field.label());
                }
            }
            case NUMBER -> {
                try {
                    return new java.math.BigDecimal(value).toPlainString();
                } catch (NumberFormatException e) {
                    throw new InvalidFieldException(field.key(), "workflow.field.invalid", field.label());
                }
            }
            case CHOICE -> {
                if (!field.options().contains(value)) {
                    throw new InvalidFieldException(field.key(), "workflow.field.notAnOption", field.label());
                }
                return value;
            }
            case EMAIL -> {
                if (!EMAIL.matcher(value).matches()) {
                    throw new InvalidFieldException(field.key(), "workflow.field.invalid", field.label());
                }
                return value;
            }
            default -> {
                return value;
            }
        }
    }

    static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
