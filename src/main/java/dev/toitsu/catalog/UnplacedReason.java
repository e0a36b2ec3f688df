package dev.toitsu.catalog;

/** Why the importer could not attach a line to the clause tree. */
public enum UnplacedReason {
    /** Title page or other text before the first heading. */
    BEFORE_FIRST_HEADING,
    /** A line of the table of contents (目次); the body repeats every heading. */
    TABLE_OF_CONTENTS,
    /** A list marker with no plausible parent, e.g. (ア) directly under a 章. */
    NO_PARENT
}
