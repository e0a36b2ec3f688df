package dev.toitsu.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A request as other modules and pages see it. {@code values} are the applied-for field values; after approval
 * {@code approvedValues}, {@code approvedFrom} and {@code approvedTo} are what was permitted (an approver may amend
 * the fields the type marks amendable). The step fields name who decides now: the holders of {@code stepRoleCode}
 * for {@code stepScopeUnitId} (null: organization-wide; {@code stepAnyScope}: any holder), or {@code stepAssigneeId}
 * alone after an escalation.
 */
public record ApprovalRequest(
        UUID id,
        UUID organizationId,
        UUID typeId,
        String typeCode,
        String typeName,
        String typeNameEn,
        String number,
        String title,
        UUID applicantId,
        String applicantName,
        UUID applicantUnitId,
        String applicantUnitName,
        String applicantContact,
        RequestState state,
        Map<String, String> values,
        LocalDate periodFrom,
        LocalDate periodTo,
        boolean postHoc,
        Integer stepIndex,
        String stepRoleCode,
        UUID stepScopeUnitId,
        boolean stepAnyScope,
        UUID stepAssigneeId,
        LocalDate stepDueOn,
        Instant submittedAt,
        Instant decidedAt,
        UUID finalApproverId,
        Map<String, String> approvedValues,
        LocalDate approvedFrom,
        LocalDate approvedTo,
        String conditions,
        boolean endReportRequired,
        Instant endReportedAt,
        String endReport,
        Instant endChasedAt,
        Instant closedAt,
        Instant createdAt,
        long version) {

    public ApprovalRequest {
        values = values == null ? Map.of() : Map.copyOf(values);
        approvedValues = approvedValues == null ? null : Map.copyOf(approvedValues);
    }

    public String value(String key) {
        return values.get(key);
    }

    /** The permitted value where a decision set one, else the applied-for value. */
    public String decidedValue(String key) {
        return approvedValues != null && approvedValues.containsKey(key) ? approvedValues.get(key) : values.get(key);
    }
}
