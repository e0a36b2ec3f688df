package dev.toitsu.catalog.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;

/**
 * The analyzer for catalog text, the same at index and query time: full/half width folded (CJKWidthCharFilter),
 * spelling variants and 旧字体 folded by the maintained list {@code catalog/search/variants.txt}, then kuromoji in
 * search mode (compounds split: 例外措置 → 例外 + 措置), base forms, Japanese stop words and parts of speech. Char
 * filters keep offsets, so highlights point into the original text.
 */
public final class JapaneseAnalysis {

    static final String VARIANTS = "catalog/search/variants.txt";

    private JapaneseAnalysis() {}

    public static Analyzer analyzer() {
        NormalizeCharMap variants = variants();
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(variants, new CJKWidthCharFilter(reader));
            }

            @Override
            protected Reader initReaderForNormalization(String fieldName, Reader reader) {
                return initReader(fieldName, reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH);
                TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
                stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
                stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
                stream = new JapaneseKatakanaStemFilter(stream);
                stream = new LowerCaseFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    static NormalizeCharMap variants() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        try (InputStream in = JapaneseAnalysis.class.getClassLoader().getResourceAsStream(VARIANTS)) {
            if (in == null) {
                throw new IllegalStateException(VARIANTS + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                int arrow = entry.indexOf("=>");
                if (entry.isEmpty() || entry.startsWith("#") || arrow < 0) {
                    continue;
                }
                String from = entry.substring(0, arrow).strip();
                String to = entry.substring(arrow + 2).strip();
                if (!from.isEmpty() && !from.equals(to)) {
                    builder.add(from, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return builder.build();
    }
}
