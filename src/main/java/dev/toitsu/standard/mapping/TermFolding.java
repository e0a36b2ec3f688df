package dev.toitsu.standard.mapping;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Folds the wording of different editions and organizations onto one vocabulary before tokenizing: NFKC (full-width
 * digits, 「機密性２」 = 「機密性2」), then every variant of {@code standard/synonyms.txt} replaced by its canonical
 * form, longest match first (機関CISO before 機関).
 */
public final class TermFolding {

    public static final String RESOURCE = "/standard/synonyms.txt";

    /** Variants (and canonical forms, as identities) by first character, longest first. */
    private final Map<Character, List<String[]>> byFirstChar;

    private TermFolding(Map<Character, List<String[]>> byFirstChar) {
        this.byFirstChar = byFirstChar;
    }

    public static TermFolding load() {
        try (InputStream in = TermFolding.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of the form {@code canonical: variant, variant}; {@code #} starts a comment. */
    public static TermFolding parse(List<String> lines) {
        Map<String, String> canonicalOf = new HashMap<>();
        for (String raw : lines) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (line.isEmpty() || colon < 0) {
                continue;
            }
            String canonical = nfkc(line.substring(0, colon).strip());
            canonicalOf.put(canonical, canonical);
            for (String variant : line.substring(colon + 1).split("[,、]")) {
                String v = nfkc(variant.strip());
                if (!v.isEmpty()) {
                    canonicalOf.put(v, canonical);
                }
            }
        }
        Map<Character, List<String[]>> byFirst = new HashMap<>();
        canonicalOf.forEach((variant, canonical) -> byFirst.computeIfAbsent(variant.charAt(0), c -> new ArrayList<>())
                .add(new String[] {variant, canonical}));
        byFirst.values()
                .forEach(list -> list.sort(Comparator.comparingInt((String[] e) -> e[0].length())
                        .reversed()
                        .thenComparing(e -> e[0])));
        return new TermFolding(byFirst);
    }

    public String fold(String text) {
        String s = nfkc(text);
        StringBuilder out = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            String[] match = null;
            List<String[]> entries = byFirstChar.get(s.charAt(i));
            if (entries != null) {
                for (String[] entry : entries) {
                    if (s.startsWith(entry[0], i)) {
                        match = entry;
                        break;
                    }
                }
            }
            if (match == null) {
                out.append(s.charAt(i++));
            } else {
                out.append(match[1]);
                i += match[0].length();
            }
        }
        return out.toString();
    }

    /** NFKC plus the spaces PDF conversion puts around half-width digits (「機密性 2 以上」). */
    public static String nfkc(String text) {
        return SPACED_DIGIT
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFKC))
                .replaceAll("");
    }

    private static final Pattern SPACED_DIGIT =
            Pattern.compile("(?<=[^\\x00-\\x7F]) +(?=[0-9])|(?<=[0-9]) +(?=[^\\x00-\\x7F])");
}
