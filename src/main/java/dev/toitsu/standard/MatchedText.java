package dev.toitsu.standard;

import java.util.List;

/**
 * A text cut into pieces, the words it shares with the text it was matched against marked: what a page highlights
 * so that a person sees why the mapper suggested a requirement.
 *
 * @param terms the shared terms as the mapper compares them (folded base forms)
 */
public record MatchedText(List<Segment> segments, List<String> terms) {

    public MatchedText {
        segments = List.copyOf(segments);
        terms = List.copyOf(terms);
    }

    public record Segment(String text, boolean matched) {}
}
