package dev.toitsu.catalog.domain;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Character-bigram Jaccard similarity on normalized Japanese text: NFKC (full/half width), without whitespace and
 * punctuation. Word segmentation is not needed for telling "the same clause, slightly reworded" from "another
 * clause", and bigrams are stable under the line-break damage of converted PDFs.
 */
public final class TextSimilarity {

    private TextSimilarity() {}

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !isPunctuation(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    public static Set<String> bigrams(String normalized) {
        Set<String> grams = new HashSet<>();
        if (normalized.length() == 1) {
            grams.add(normalized);
        }
        for (int i = 0; i + 1 < normalized.length(); i++) {
            grams.add(normalized.substring(i, i + 2));
        }
        return grams;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int common = 0;
        for (String gram : smaller) {
            if (larger.contains(gram)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    public static double similarity(String a, String b) {
        return jaccard(bigrams(normalize(a)), bigrams(normalize(b)));
    }

    private static boolean isPunctuation(int c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION,
                    Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
