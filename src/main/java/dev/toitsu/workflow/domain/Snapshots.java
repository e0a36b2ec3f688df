package dev.toitsu.workflow.domain;

import dev.toitsu.workflow.ApprovalRequest;
import dev.toitsu.workflow.DecisionOutcome;
import dev.toitsu.workflow.RequestType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The content a decision was made on, frozen with the decision: the application as submitted, the step, the decision
 * with the approved values and period, and who decided in which role (001 1.2.1.3(2)(c) (ア)–(ウ)).
 */
public final class Snapshots {

    private Snapshots() {}

    public record Decider(
            UUID id,
            String name,
            String role,
            String unit,
            String contact,
            UUID onBehalfOf,
            String onBehalfOfName,
            boolean escalated) {}

    public static Map<String, Object> of(
            RequestType type,
            ApprovalRequest r,
            int stepIndex,
            String stepLabel,
            DecisionOutcome outcome,
            String reason,
            String conditions,
            List<String> confirmedChecks,
            Map<String, String> approvedValues,
            LocalDate approvedFrom,
            LocalDate approvedTo,
            boolean endReportRequired,
            Decider decider,
            Instant decidedAt) {
        Map<String, Object> applicant = map(
                "id", r.applicantId(),
                "name", r.applicantName(),
                "unit", r.applicantUnitName(),
                "contact", r.applicantContact());
        Map<String, Object> request = map(
                "id", r.id(),
                "number", r.number(),
                "type", type.code(),
                "typeName", type.name(),
                "title", r.title(),
                "applicant", applicant,
                "values", r.values(),
                "period", map("from", r.periodFrom(), "to", r.periodTo()),
                "postHoc", r.postHoc());
        Map<String, Object> decision = map(
                "outcome", outcome.name(),
                "reason", reason,
                "conditions", conditions,
                "confirmedChecks", confirmedChecks,
                "approvedValues", approvedValues,
                "approvedPeriod", map("from", approvedFrom, "to", approvedTo),
                "endReportRequired", endReportRequired);
        Map<String, Object> by = map(
                "id", decider.id(),
                "name", decider.name(),
                "role", decider.role(),
                "unit", decider.unit(),
                "contact", decider.contact(),
                "onBehalfOf",
                        decider.onBehalfOf() == null
                                ? null
                                : map("id", decider.onBehalfOf(), "name", decider.onBehalfOfName()),
                "escalated", decider.escalated());
        return map(
                "request", request,
                "step", map("index", stepIndex, "label", stepLabel),
                "decision", decision,
                "decidedBy", by,
                "decidedAt", decidedAt.toString());
    }

    /** A map that keeps nulls and writes ids and dates as text. */
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value instanceof UUID || value instanceof LocalDate) {
                value = value.toString();
            }
            map.put((String) pairs[i], value);
        }
        return map;
    }
}
