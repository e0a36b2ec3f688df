package dev.toitsu.exemption;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 例外措置の適用審査記録 (001 1.2.1.3(2)(c)): (ア) who reviewed, (イ) what was applied for, (ウ) what was decided; with
 * the end of the exemption and the CISO's acknowledgement of the report. One line of the ledger (f).
 */
public record ExemptionRecord(
        UUID requestId,
        String number,
        String reviewerName,
        String reviewerRole,
        String reviewerUnit,
        String reviewerContact,
        String onBehalfOfName,
        UUID applicantId,
        String applicantName,
        String applicantUnit,
        String applicantContact,
        ClauseReference appliedClause,
        List<UUID> systemIds,
        LocalDate periodFrom,
        LocalDate periodTo,
        String measures,
        String endReportMethod,
        String reason,
        boolean postHoc,
        String postHocReason,
        boolean granted,
        String decisionReason,
        ClauseReference approvedClause,
        LocalDate approvedFrom,
        LocalDate approvedTo,
        String approvedMeasures,
        String approvedEndReportMethod,
        String conditions,
        boolean endReportRequired,
        Instant decidedAt,
        String snapshotSha256,
        LocalDate endedOn,
        String endReason,
        Instant reportedToCisoAt,
        Instant cisoAcknowledgedAt,
        String cisoAcknowledgedBy,
        long version) {

    public ExemptionRecord {
        systemIds = List.copyOf(systemIds);
    }

    public Status status(LocalDate today) {
        if (!granted) {
            return Status.REJECTED;
        }
        if (endedOn != null && "REPORTED".equals(endReason)) {
            return Status.ENDED;
        }
        if (approvedTo != null && approvedTo.isBefore(today)) {
            return endReportRequired ? Status.END_REPORT_OVERDUE : Status.ENDED;
        }
        if (approvedFrom != null && approvedFrom.isAfter(today)) {
            return Status.GRANTED;
        }
        return Status.ACTIVE;
    }

    /** Where an exemption stands in the ledger. */
    public enum Status {
        GRANTED,
        ACTIVE,
        END_REPORT_OVERDUE,
        ENDED,
        REJECTED
    }
}
