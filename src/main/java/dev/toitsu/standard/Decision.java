package dev.toitsu.standard;

/** Whether a clause of the standard corresponds to a catalog requirement or is the organization's own (独自規定). */
public enum Decision {
    MAPPED("mapped"),
    UNMAPPED("unmapped");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    /** The lower-case name used in JSON and on the command line. */
    public String label() {
        return label;
    }
}
