package dev.toitsu.workflow;

/** Where a request stands. Approved requests with a period become EXPIRED when it ends without an end report. */
public enum RequestState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    REJECTED,
    WITHDRAWN,
    EXPIRED,
    CLOSED;

    public boolean approved() {
        return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
    }

    public boolean editableByApplicant() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean finished() {
        return this == REJECTED || this == WITHDRAWN || this == CLOSED;
    }
}
