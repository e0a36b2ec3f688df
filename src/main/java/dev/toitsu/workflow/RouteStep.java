package dev.toitsu.workflow;

/** One step of an approval route: the holders of {@code roleCode} at {@code scope} decide (許可権限者). */
public record RouteStep(String roleCode, ApproverScope scope, String label, String labelEn) {

    public RouteStep {
        scope = scope == null ? ApproverScope.APPLICANT_UNIT : scope;
    }
}
