package dev.toitsu.standard.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words a clause and a requirement share in the mapper's own terms (folded, kuromoji base forms), located in the
 * original texts so that a page can mark them. A word of the text is marked when its folded analysis yields a shared
 * term, so 「管理する」 and 「管理を」 both light up for the term 管理, and a renamed role (folded by the synonym
 * list) lights up under either name.
 */
public final class MatchedTerms {

    /** A piece of a text, marked when it carries a shared term. */
    public record Segment(String text, boolean matched) {}

    private MatchedTerms() {}

    /** The terms both texts yield, in the clause's order. */
    public static List<String> shared(TermAnalysis analysis, String clauseText, String requirementText) {
        Set<String> requirement = new HashSet<>(analysis.terms(requirementText));
        List<String> out = new ArrayList<>();
        for (String term : analysis.terms(clauseText)) {
            if (requirement.contains(term) && !out.contains(term)) {
                out.add(term);
            }
        }
        return out;
    }

    /** The text cut into marked and unmarked segments; concatenated, they give the text back unchanged. */
    public static List<Segment> segments(TermAnalysis analysis, String text, Set<String> terms) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        boolean[] marked = new boolean[text.length()];
        if (!terms.isEmpty()) {
            try (Analyzer analyzer = new JapaneseAnalyzer();
                    TokenStream stream = analyzer.tokenStream("text", text)) {
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    int start = offset.startOffset();
                    int end = Math.min(offset.endOffset(), text.length());
                    if (start >= end) {
                        continue;
                    }
                    if (analysis.terms(text.substring(start, end)).stream().anyMatch(terms::contains)) {
                        for (int i = start; i < end; i++) {
                            marked[i] = true;
                        }
                    }
                }
                stream.end();
            } catch (IOException e) {
                // the stream reads a String: no I/O can fail
                throw new UncheckedIOException(e);
            }
        }
        List<Segment> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[from]) {
                out.add(new Segment(text.substring(from, i), marked[from]));
                from = i;
            }
        }
        return out;
    }
}
