package dev.toitsu.classification;

import java.util.List;
import java.util.Optional;

/**
 * A table of how information may be sent or shared: channels × destinations × confidentiality levels.
 *
 * @param notes where the body text conflicts with the table, adds to it or covers a case it does not (kept visible)
 */
public record RuleTable(
        String code,
        String title,
        String sourceClause,
        String sourceDocument,
        String footnote,
        List<Channel> channels,
        List<Destination> destinations,
        List<TransmissionRule> rules,
        List<RuleNote> notes,
        long version) {

    public RuleTable {
        channels = List.copyOf(channels);
        destinations = List.copyOf(destinations);
        rules = List.copyOf(rules);
        notes = List.copyOf(notes);
    }

    public Optional<TransmissionRule> rule(String levelCode, String channelCode, String destinationCode) {
        return rules.stream()
                .filter(r -> r.levelCode().equals(levelCode)
                        && r.channelCode().equals(channelCode)
                        && r.destinationCode().equals(destinationCode))
                .findFirst();
    }

    /** The level codes the table has rows for, in table order. */
    public List<String> levelCodes() {
        return rules.stream().map(TransmissionRule::levelCode).distinct().toList();
    }

    public record Channel(String code, String name, String nameEn, String note) {}

    public record Destination(String code, String name, String nameEn) {}

    public record RuleNote(
            RuleNoteKind kind, String levelCode, String channelCode, String clause, String text, String resolution) {

        /** The note concerns this level and channel (a null level or channel concerns all). */
        public boolean concerns(String level, String channel) {
            return (levelCode == null || levelCode.equals(level))
                    && (channelCode == null || channelCode.equals(channel));
        }
    }
}
