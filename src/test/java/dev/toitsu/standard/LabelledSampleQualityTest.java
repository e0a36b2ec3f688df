package dev.toitsu.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Suggestion quality on the hand-labelled sample (src/test/resources/standard/labelled-sample.tsv): fails when the
 * figures reported in docs/conformance.md drop by more than a small margin.
 */
class LabelledSampleQualityTest {

    record Label(String locator, Set<String> expected, String half) {
        boolean hasCounterpart() {
            return !expected.isEmpty();
        }
    }

    record Figures(
            int clauses, double recallAt1, double recallAt3, double falseMappingRate, int unmappedMarkedMapped) {}

    static List<Label> labels() throws IOException {
        try (var in = new BufferedReader(new InputStreamReader(
                LabelledSampleQualityTest.class.getResourceAsStream("/standard/labelled-sample.tsv"),
                StandardCharsets.UTF_8))) {
            return in.lines()
                    .filter(l -> !l.startsWith("#") && !l.startsWith("locator\t") && !l.isBlank())
                    .map(l -> l.split("\t"))
                    .map(f -> new Label(
                            f[0], f[1].equals("-") ? Set.of() : Set.copyOf(Arrays.asList(f[1].split(","))), f[2]))
                    .toList();
        }
    }

    /**
     * recall@k: share of clauses with a counterpart whose top k candidates contain an expected requirement. False
     * mappings: clauses marked mapped that have no counterpart, plus mapped clauses whose top candidate is wrong, over
     * all clauses marked mapped.
     */
    static Figures measure(ConformanceReport report, List<Label> labels) {
        int withCounterpart = 0;
        int hit1 = 0;
        int hit3 = 0;
        int mapped = 0;
        int falseMappings = 0;
        int unmappedMarkedMapped = 0;
        for (Label label : labels) {
            ClauseResult clause = report.clause(label.locator())
                    .orElseThrow(() -> new AssertionError("no clause " + label.locator()));
            List<String> ranked =
                    clause.candidates().stream().map(Candidate::requirement).toList();
            boolean isMapped = clause.decision() == Decision.MAPPED;
            boolean topRight = !ranked.isEmpty() && label.expected().contains(ranked.get(0));
            if (isMapped) {
                mapped++;
            }
            if (label.hasCounterpart()) {
                withCounterpart++;
                hit1 += topRight ? 1 : 0;
                hit3 += ranked.stream().limit(3).anyMatch(label.expected()::contains) ? 1 : 0;
                falseMappings += isMapped && !topRight ? 1 : 0;
            } else if (isMapped) {
                falseMappings++;
                unmappedMarkedMapped++;
            }
        }
        return new Figures(
                labels.size(),
                (double) hit1 / withCounterpart,
                (double) hit3 / withCounterpart,
                mapped == 0 ? 0 : (double) falseMappings / mapped,
                unmappedMarkedMapped);
    }

    @Test
    void keepsRecallAndFalseMappingsAtTheDocumentedLevel() throws IOException {
        List<Label> labels = labels();
        Figures all = measure(Seeds.report(), labels);
        Figures holdout = measure(
                Seeds.report(),
                labels.stream().filter(l -> l.half().equals("holdout")).collect(Collectors.toList()));

        // docs/conformance.md: all 0.89 / 0.96 / 0.15, held-out half 0.86 / 1.00 / 0.19; margin 0.05
        assertThat(all.clauses()).isEqualTo(61);
        assertThat(all.recallAt1()).as("recall@1").isGreaterThanOrEqualTo(0.82);
        assertThat(all.recallAt3()).as("recall@3").isGreaterThanOrEqualTo(0.91);
        assertThat(all.falseMappingRate()).as("false-mapping rate").isLessThanOrEqualTo(0.22);
        assertThat(holdout.recallAt1()).as("held-out recall@1").isGreaterThanOrEqualTo(0.81);
        assertThat(holdout.falseMappingRate()).as("held-out false-mapping rate").isLessThanOrEqualTo(0.24);
    }

    /**
     * Hub requirements (docs/conformance.md, known weaknesses): short requirements with common words used to win. The
     * pivoted length normalization ({@code RequirementIndex.PIVOT_SLOPE}, chosen on the dev half) must do at least as
     * well as the plain cosine on both halves and better overall: precision of the mappings (1 − false-mapping rate)
     * 0.83 → 0.85, recall@1 0.87 → 0.89.
     */
    @Test
    void pivotedLengthNormalizationBeatsThePlainCosine() throws IOException {
        List<Label> labels = labels();
        ConformanceReport plain = new ConformanceMapper(dev.toitsu.standard.mapping.TermFolding.load(), 1.0)
                .map(Seeds.CATALOG, Seeds.STANDARD);
        ConformanceReport pivoted = Seeds.report();
        Figures before = measure(plain, labels);
        Figures after = measure(pivoted, labels);
        assertThat(after.falseMappingRate()).isLessThan(before.falseMappingRate());
        assertThat(after.recallAt1()).isGreaterThan(before.recallAt1());
        assertThat(after.recallAt3()).isGreaterThanOrEqualTo(before.recallAt3());
        for (String half : List.of("dev", "holdout")) {
            List<Label> part =
                    labels.stream().filter(l -> l.half().equals(half)).toList();
            assertThat(measure(pivoted, part).recallAt1())
                    .as(half)
                    .isGreaterThanOrEqualTo(measure(plain, part).recallAt1());
            assertThat(measure(pivoted, part).falseMappingRate())
                    .as(half)
                    .isLessThanOrEqualTo(measure(plain, part).falseMappingRate());
        }
    }

    @Test
    void theSampleSpansEveryChapterAndBothHalves() throws IOException {
        List<Label> labels = labels();
        assertThat(labels.stream().map(l -> l.locator().substring(0, 1)).collect(Collectors.toSet()))
                .contains("1", "2", "3", "4", "5", "6", "7", "別");
        assertThat(labels).filteredOn(l -> !l.hasCounterpart()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(labels).filteredOn(l -> l.half().equals("dev")).hasSizeGreaterThan(25);
        assertThat(labels).filteredOn(l -> l.half().equals("holdout")).hasSizeGreaterThan(25);
        assertThat(Seeds.STANDARD.find("3.3(2)①(c)")).isPresent();
        labels.forEach(l ->
                assertThat(Seeds.STANDARD.find(l.locator())).as(l.locator()).isPresent());
        labels.forEach(l -> l.expected()
                .forEach(id -> assertThat(Seeds.CATALOG.find(id)).as(id).isPresent()));
    }
}
