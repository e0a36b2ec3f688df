package dev.toitsu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whatever the input, the importer either refuses it with a message code or returns a tree in which every non-blank
 * line is a node, part of a node's text, or reported unplaced. Inputs are generated from a fixed seed (override
 * with {@code -Dtoitsu.fuzz.seed=N}, more cases with {@code -Dtoitsu.fuzz.tries=N}); a failure names the case's seed.
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

    private static final long SEED = Long.getLong("toitsu.fuzz.seed", 20261123L);
    private static final int TRIES = Integer.getInteger("toitsu.fuzz.tries", 200);

    @TestFactory
    Stream<DynamicTest> arbitraryStringsAreParsedOrRefused() {
        return cases("arbitrary string", random -> randomString(random, random.nextInt(400)), this::parsedOrRefused);
    }

    @TestFactory
    Stream<DynamicTest> arbitraryMarkerSoupIsParsedOrRefused() {
        return cases("marker soup", ParserPropertiesTest::markerSoup, this::parsedOrRefused);
    }

    @TestFactory
    Stream<DynamicTest> mutatedSeedTextIsParsedOrRefused() {
        return cases("mutated seed", ParserPropertiesTest::mutatedSeed, this::parsedOrRefused);
    }

    @TestFactory
    Stream<DynamicTest> corruptedSeedBytesAreParsedOrRefused() {
        return cases("corrupted bytes", ParserPropertiesTest::corruptedBytes, content -> {
            try {
                ParsedDocument document = parser.parse(content);
                assertThat(document.stats().totalLines()).isPositive();
            } catch (DomainException refused) {
                assertThat(refused.code()).isIn(REFUSALS);
            }
        });
    }

    private static <T> Stream<DynamicTest> cases(
            String name, Function<Random, T> generator, java.util.function.Consumer<T> check) {
        return IntStream.range(0, TRIES).mapToObj(i -> {
            long seed = SEED * 31 + name.hashCode() * 17L + i;
            return DynamicTest.dynamicTest(
                    name + " #" + i + " (seed " + seed + ")", () -> check.accept(generator.apply(new Random(seed))));
        });
    }

    private static final String ALPHABET = "ア1２(（)）.．第章部編①\n\t 　、。は";

    /** Any code points: ASCII, kana and kanji, control characters, unpaired surrogates. */
    private static String randomString(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(5)) {
                case 0 -> text.append((char) (32 + random.nextInt(95)));
                case 1 -> text.append((char) (0x3000 + random.nextInt(0x100)));
                case 2 -> text.append((char) (0x4E00 + random.nextInt(0x5000)));
                case 3 -> text.append((char) random.nextInt(32));
                default -> text.append((char) random.nextInt(0x10000));
            }
        }
        return text.toString();
    }

    private static String markerSoup(Random random) {
        StringBuilder soup = new StringBuilder();
        int pieces = random.nextInt(61);
        for (int i = 0; i < pieces; i++) {
            if (random.nextBoolean()) {
                soup.append(MARKERS.get(random.nextInt(MARKERS.size())));
            } else {
                int length = random.nextInt(7);
                for (int j = 0; j < length; j++) {
                    soup.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
        }
        return soup.toString();
    }

    private static String mutatedSeed(Random random) {
        List<Edit> edits = new ArrayList<>();
        int count = random.nextInt(26);
        for (int i = 0; i < count; i++) {
            String payload = random.nextBoolean()
                    ? MARKERS.get(random.nextInt(MARKERS.size()))
                    : randomString(random, random.nextInt(9));
            edits.add(new Edit(
                    Operation.values()[random.nextInt(Operation.values().length)],
                    random.nextInt(1401),
                    random.nextInt(1401),
                    payload));
        }
        return apply(random.nextBoolean() ? SEED_001 : SEED_003, edits);
    }

    private static byte[] corruptedBytes(Random random) {
        byte[] bytes = (random.nextBoolean() ? SEED_001 : SEED_003).getBytes(StandardCharsets.UTF_8);
        byte value = (byte) random.nextInt(256);
        int flips = random.nextInt(7);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(130_001) % bytes.length] = value;
        }
        return bytes;
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
