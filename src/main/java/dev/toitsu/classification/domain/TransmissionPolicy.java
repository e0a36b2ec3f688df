package dev.toitsu.classification.domain;

import dev.toitsu.classification.Decision;
import dev.toitsu.classification.RuleTable;
import dev.toitsu.classification.TransmissionQuestion;
import dev.toitsu.classification.TransmissionRule;
import dev.toitsu.classification.TransmissionVerdict;
import java.util.List;
import java.util.Optional;

/**
 * Answers "may I send this?" from a rule table. A combination the table does not cover is {@link
 * Decision#NOT_COVERED}, never a silent yes; every note on the body text that concerns the level and channel comes
 * with the answer, so a conflict between table and text is in front of the person asking.
 */
public final class TransmissionPolicy {

    private TransmissionPolicy() {}

    public static TransmissionVerdict decide(RuleTable table, TransmissionQuestion question) {
        Optional<TransmissionRule> rule =
                table.rule(question.levelCode(), question.channelCode(), question.destinationCode());
        List<RuleTable.RuleNote> notes = table.notes().stream()
                .filter(n -> n.concerns(question.levelCode(), question.channelCode()))
                .toList();
        return new TransmissionVerdict(
                question,
                rule.map(TransmissionRule::decision).orElse(Decision.NOT_COVERED),
                rule.map(TransmissionRule::conditions).orElse(List.of()),
                rule.map(TransmissionRule::cellText).orElse(null),
                rule.map(TransmissionRule::interpretation).orElse(null),
                table.code(),
                table.title(),
                table.sourceClause(),
                table.sourceDocument(),
                table.footnote(),
                notes);
    }
}
