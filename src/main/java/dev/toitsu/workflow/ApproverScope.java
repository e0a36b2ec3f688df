package dev.toitsu.workflow;

/** Where the holders of a route step's role are looked for. */
public enum ApproverScope {
    /** The holder for the applicant's unit, or the nearest unit above it; the organization-wide holder last. */
    APPLICANT_UNIT,
    /** A holder appointed for the whole organization. */
    ORGANIZATION,
    /** Any current holder of the role, whatever the scope (e.g. the owner of some information system). */
    ANY
}
