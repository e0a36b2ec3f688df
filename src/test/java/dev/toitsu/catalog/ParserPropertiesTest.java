package dev.toitsu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the input, the importer either refuses it with a message code or returns a tree in which every non-blank
 * line is a node, part of a node's text, or reported unplaced.
 */
class ParserPropertiesTest {

    private static final Set<String> REFUSALS = Set.of("catalog.import.empty", "catalog.import.notText");
    private static final String SEED_001 = SeedDocuments.text("001");
    private static final String SEED_003 = SeedDocuments.text("003");

    /** Fragments that look like the markers the parser reacts to, so mutations hit its decisions. */
    private static final List<String> MARKERS = List.of(
            "(a) ",
            "(b)",
            "（１）",
            "(2) ",
            "(ア) ",
            "ア ",
            "エ ",
            "① ",
            "⑬(b)に規定する",
            "第9章 ",
            "第1.2部 ",
            "第2編 ",
            "1.2.1.3 ",
            "1.2.1.3(2)に定める",
            "3.4.1 ",
            "・",
            "- ",
            "\uF0B7",
            "\t",
            "【別表】",
            "【あ】",
            "趣旨（必要性）",
            "強化遵守事項",
            "はじめに",
            "目 次",
            "12",
            "- 3 -",
            "「用語」とは",
            "ただし、",
            "\r",
            "　",
            "");

    private final RegulationTextParser parser = new RegulationTextParser();

    @Property
    void arbitraryStringsAreParsedOrRefused(@ForAll String text) {
        parsedOrRefused(text);
    }

    @Property
    void arbitraryMarkerSoupIsParsedOrRefused(@ForAll("markerSoup") String text) {
        parsedOrRefused(text);
    }

    @Property(tries = 150)
    void mutatedSeedTextIsParsedOrRefused(@ForAll("mutatedSeeds") String text) {
        parsedOrRefused(text);
    }

    @Property(tries = 100)
    void corruptedSeedBytesAreParsedOrRefused(@ForAll("corruptedBytes") byte[] content) {
        try {
            ParsedDocument document = parser.parse(content);
            assertThat(document.stats().totalLines()).isPositive();
        } catch (DomainException refused) {
            assertThat(refused.code()).isIn(REFUSALS);
        }
    }

    @Provide
    Arbitrary<String> markerSoup() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(MARKERS),
                Arbitraries.strings().withChars("ア1２(（)）.．第章部編①\n\t 　、。は").ofMaxLength(6));
        return piece.list().ofMaxSize(60).map(p -> String.join("", p));
    }

    @Provide
    Arbitrary<String> mutatedSeeds() {
        Arbitrary<Edit> edit = Combinators.combine(
                        Arbitraries.of(Operation.values()),
                        Arbitraries.integers().between(0, 1400),
                        Arbitraries.integers().between(0, 1400),
                        Arbitraries.oneOf(
                                Arbitraries.of(MARKERS), Arbitraries.strings().ofMaxLength(8)))
                .as(Edit::new);
        return Combinators.combine(
                        Arbitraries.of(SEED_001, SEED_003), edit.list().ofMaxSize(25))
                .as(ParserPropertiesTest::apply);
    }

    @Provide
    Arbitrary<byte[]> corruptedBytes() {
        Arbitrary<int[]> flips =
                Arbitraries.integers().between(0, 130_000).array(int[].class).ofMaxSize(6);
        return Combinators.combine(Arbitraries.of(SEED_001, SEED_003), flips, Arbitraries.bytes())
                .as((seed, positions, value) -> {
                    byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
                    for (int position : positions) {
                        bytes[position % bytes.length] = value;
                    }
                    return bytes;
                });
    }

    private void parsedOrRefused(String text) {
        ParsedDocument document;
        try {
            document = parser.parse(text);
        } catch (DomainException refused) {
            assertThat(refused.code()).isIn(REFUSALS);
            return;
        }
        everyNonBlankLineIsAccountedFor(text, document);
    }

    private static void everyNonBlankLineIsAccountedFor(String text, ParsedDocument document) {
        List<String> lines = lines(text.startsWith("\uFEFF") ? text.substring(1) : text);
        ParseStats stats = document.stats();
        assertThat(stats.totalLines()).isEqualTo(lines.size());
        List<Integer> covered = new ArrayList<>();
        document.nodes().forEach(n -> {
            // an inferred heading borrows the line of the clause that implied it, but may gather text of its own
            if (!n.inferred()) {
                covered.add(n.line());
            }
            covered.addAll(n.continuationLines());
        });
        document.unplaced().forEach(u -> covered.add(u.line()));
        Set<Integer> distinct = new HashSet<>(covered);
        assertThat(distinct).as("no line is used twice").hasSameSizeAs(covered);
        assertThat(covered.size()).isEqualTo(stats.placedLines() + stats.unplacedLines());
        long uncoveredNonBlank = Stream.iterate(1, i -> i <= lines.size(), i -> i + 1)
                .filter(i -> !lines.get(i - 1).isBlank() && !distinct.contains(i))
                .count();
        // only page numbers may be skipped, and they are counted
        assertThat(uncoveredNonBlank).isEqualTo(stats.pageNumberLines());
        assertThat(stats.blankLines() + stats.pageNumberLines() + stats.placedLines() + stats.unplacedLines())
                .isEqualTo(stats.totalLines());
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    enum Operation {
        DELETE,
        DUPLICATE,
        SWAP,
        INSERT_LINE,
        PREFIX,
        TRUNCATE
    }

    record Edit(Operation operation, int at, int other, String payload) {}

    private static String apply(String seed, List<Edit> edits) {
        List<String> lines = new ArrayList<>(Arrays.asList(seed.split("\n", -1)));
        for (Edit edit : edits) {
            if (lines.isEmpty()) {
                break;
            }
            int at = edit.at() % lines.size();
            switch (edit.operation()) {
                case DELETE -> lines.remove(at);
                case DUPLICATE -> lines.add(at, lines.get(at));
                case SWAP -> {
                    int other = edit.other() % lines.size();
                    String kept = lines.get(at);
                    lines.set(at, lines.get(other));
                    lines.set(other, kept);
                }
                case INSERT_LINE -> lines.add(at, edit.payload());
                case PREFIX -> lines.set(at, edit.payload() + lines.get(at).strip());
                case TRUNCATE -> {
                    String line = lines.get(at);
                    lines.set(at, line.substring(0, Math.min(line.length(), edit.other() % 40)));
                }
            }
        }
        return String.join("\n", lines);
    }
}
