package dev.toitsu.classification;

/** How the body text relates to the table: it contradicts it, adds a duty to it, or covers a case it omits. */
public enum RuleNoteKind {
    CONFLICT,
    OVERLAY,
    GAP
}
