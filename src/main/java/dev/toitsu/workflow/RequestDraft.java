package dev.toitsu.workflow;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an applicant fills in. {@code postHoc}: applied for after the fact in an emergency (001 1.2.1.3(2)(b)
 * ただし書), allowed only where the type says so; {@code contact} overrides the directory's (ア 連絡先).
 */
public record RequestDraft(
        String typeCode,
        String title,
        Map<String, String> values,
        LocalDate periodFrom,
        LocalDate periodTo,
        boolean postHoc,
        String contact) {

    public RequestDraft {
        values = values == null ? Map.of() : Map.copyOf(values);
    }
}
