package dev.toitsu.exemption;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 001 1.2.1.3(2)(b): (イ) the rule and clause, (ウ) the period, (エ) the measures (alternatives taken), (オ) how the end
 * will be reported, (カ) the reason; (ア) the applicant is the signed-in person (contact may be given). With
 * {@code postHoc} the application follows the fact (ただし書: 緊急を要する等の場合), with the reason it was urgent.
 */
public record ExemptionApplication(
        String title,
        ClauseReference clause,
        List<UUID> systemIds,
        LocalDate periodFrom,
        LocalDate periodTo,
        String measures,
        String endReportMethod,
        String reason,
        boolean postHoc,
        String postHocReason,
        String contact) {

    public ExemptionApplication {
        systemIds = systemIds == null ? List.of() : List.copyOf(systemIds);
    }
}
