package dev.toitsu.workflow.web;

import dev.toitsu.workflow.DecisionDraft;
import dev.toitsu.workflow.DecisionOutcome;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/** The approver's form: outcome, reason, conditions, confirmed checks, amended values and period. */
public class DecisionForm {

    private DecisionOutcome outcome;
    private String reason;
    private String conditions;
    private Set<String> confirmedChecks = new HashSet<>();
    private Map<String, String> amended = new HashMap<>();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate approvedFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate approvedTo;

    private boolean waiveEndReport;
    private long version;

    DecisionDraft draft(Map<String, String> current) {
        Map<String, String> changed = new HashMap<>();
        amended.forEach((k, v) -> {
            if (v != null && !v.strip().equals(current.getOrDefault(k, ""))) {
                changed.put(k, v);
            }
        });
        return new DecisionDraft(
                outcome,
                reason,
                conditions,
                confirmedChecks,
                changed,
                approvedFrom,
                approvedTo,
                waiveEndReport,
                version);
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DecisionOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public Set<String> getConfirmedChecks() {
        return confirmedChecks;
    }

    public void setConfirmedChecks(Set<String> confirmedChecks) {
        this.confirmedChecks = confirmedChecks;
    }

    public Map<String, String> getAmended() {
        return amended;
    }

    public void setAmended(Map<String, String> amended) {
        this.amended = amended;
    }

    public LocalDate getApprovedFrom() {
        return approvedFrom;
    }

    public void setApprovedFrom(LocalDate approvedFrom) {
        this.approvedFrom = approvedFrom;
    }

    public LocalDate getApprovedTo() {
        return approvedTo;
    }

    public void setApprovedTo(LocalDate approvedTo) {
        this.approvedTo = approvedTo;
    }

    public boolean isWaiveEndReport() {
        return waiveEndReport;
    }

    public void setWaiveEndReport(boolean waiveEndReport) {
        this.waiveEndReport = waiveEndReport;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
