package dev.toitsu.workflow;

import java.util.List;

/**
 * One field of a request type's form. {@code amendable}: the approver may decide a different value than the one
 * applied for (the approved clause, period or measures of 001 1.2.1.3(2)(c)(ウ)); the decision records both.
 */
public record FieldDefinition(
        String key,
        String label,
        String labelEn,
        FieldType type,
        Boolean required,
        Integer maxLength,
        List<String> options,
        Boolean amendable) {

    public FieldDefinition {
        required = Boolean.TRUE.equals(required);
        amendable = Boolean.TRUE.equals(amendable);
        options = options == null ? List.of() : List.copyOf(options);
        type = type == null ? FieldType.TEXT : type;
    }
}
