package dev.toitsu.classification;

import java.util.List;

/**
 * The answer with its grounds: the decision and conditions of the rule, the cell text, the table and its source
 * clause, and every note on the body text that touches this level and channel (conflicts are never hidden).
 */
public record TransmissionVerdict(
        TransmissionQuestion question,
        Decision decision,
        List<String> conditions,
        String cellText,
        String interpretation,
        String tableCode,
        String tableTitle,
        String sourceClause,
        String sourceDocument,
        String footnote,
        List<RuleTable.RuleNote> notes) {

    public TransmissionVerdict {
        conditions = List.copyOf(conditions);
        notes = List.copyOf(notes);
    }

    public boolean hasConflict() {
        return notes.stream().anyMatch(n -> n.kind() == RuleNoteKind.CONFLICT);
    }
}
