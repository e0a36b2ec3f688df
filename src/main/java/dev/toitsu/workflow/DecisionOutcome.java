package dev.toitsu.workflow;

/** What an approver decides on a step. */
public enum DecisionOutcome {
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    REJECTED,
    /** Sent back to the applicant for correction (差戻し); the route starts again on resubmission. */
    RETURNED
}
