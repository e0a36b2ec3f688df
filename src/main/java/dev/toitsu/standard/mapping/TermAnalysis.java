package dev.toitsu.standard.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Japanese text to index terms: {@link TermFolding} (editions' and organizations' wording onto one vocabulary), then
 * kuromoji in search mode (compounds split, particles and auxiliaries dropped, verbs to their base form). One instance
 * per mapping run: not thread-safe.
 */
public final class TermAnalysis implements AutoCloseable {

    private final TermFolding folding;
    private final Analyzer analyzer = new JapaneseAnalyzer();
    /** Headings repeat for every clause below them: each distinct text is analyzed once. */
    private final Map<String, List<String>> seen = new HashMap<>();

    public TermAnalysis(TermFolding folding) {
        this.folding = folding;
    }

    public List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return seen.computeIfAbsent(text, this::analyze);
    }

    private List<String> analyze(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", folding.fold(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            // the stream reads a String: no I/O can fail
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
