package dev.toitsu.exemption;

/**
 * The rule an exemption departs from: the regulation (規程名, e.g. the organization's 対策基準 by its document code),
 * the clause locator (条項等, e.g. 5.1(1)②) and, where known, the catalog requirement it implements (e.g.
 * {@code R5:6.1.3(1)(a)}). Until the standard and catalog modules offer their facades this is a value, not a link.
 */
public record ClauseReference(String regulation, String clause, String requirementId) {

    public String display() {
        return regulation + " " + clause
                + (requirementId == null || requirementId.isBlank() ? "" : "（" + requirementId + "）");
    }
}
