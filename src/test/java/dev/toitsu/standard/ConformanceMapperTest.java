package dev.toitsu.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.catalog.ClauseNode;
import dev.toitsu.catalog.NodeKind;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The NINS 対策基準 (003) mapped onto the 統一基準 edition (001). */
class ConformanceMapperTest {

    private final ConformanceReport report = Seeds.report();

    @Test
    void reportsEveryNumberedClauseOfTheStandardUnderItsOwnLocator() {
        Set<String> ids = Seeds.STANDARD.nodes().map(ClauseNode::id).collect(Collectors.toSet());

        assertThat(report.clauses()).hasSizeGreaterThan(300);
        assertThat(report.clauses()).allSatisfy(c -> {
            assertThat(ids).contains(c.locator());
            assertThat(c.line())
                    .isEqualTo(Seeds.STANDARD.find(c.locator()).orElseThrow().line());
        });
        assertThat(report.clause("3.3(2)②(a)")).isPresent();
        assertThat(report.clause("3.1(2)④(b)エ")).isPresent();
    }

    @Test
    void leavesOutRationaleGlossaryAndTableHeaders() {
        assertThat(report.clause("2.1(1)")).as("目的・趣旨").isEmpty();
        assertThat(report.clauses()).noneMatch(c -> c.locator().startsWith("別紙"));
        assertThat(report.clause("別表#r1")).as("header row of the 別表").isEmpty();
        assertThat(report.clause("別表#r5")).isPresent();
    }

    @Test
    void ranksAtMostFiveCandidatesBestFirst() {
        assertThat(report.clauses()).allSatisfy(c -> {
            assertThat(c.candidates()).hasSizeLessThanOrEqualTo(5);
            assertThat(c.candidates())
                    .isSortedAccordingTo(
                            Comparator.comparingDouble(Candidate::score).reversed());
            assertThat(c.candidates()).allSatisfy(k -> assertThat(k.score()).isBetween(0.0, 1.0));
        });
    }

    @Test
    void mapsTheIncidentWindowAcrossTheRenamedTerms() {
        // 003 「インシデントについて機構外の者から報告を受けるための窓口」 = 001 「障害・事故等について府省庁の外部から…窓口」
        ClauseResult clause = report.clause("3.3(2)①(c)").orElseThrow();

        assertThat(clause.decision()).isEqualTo(Decision.MAPPED);
        assertThat(clause.candidates().get(0).requirement()).isEqualTo("1.2.2.2(1)(e)");
        assertThat(report.requirement("1.2.2.2(1)(e)").orElseThrow().clauses()).contains("3.3(2)①(c)");
    }

    @Test
    void reportsTheInstituteSpecificRulesAsUnmapped() {
        assertThat(report.clause("別表#r10").orElseThrow().decision()).isEqualTo(Decision.UNMAPPED);
        assertThat(report.clause("2.1(2)⑥(d)").orElseThrow().decision())
                .as("CSIRT team leader: NINS organization")
                .isEqualTo(Decision.UNMAPPED);
        assertThat(report.clause("5.2(2)①").orElseThrow().decision())
                .as("ISMAP: not in the 001 edition")
                .isEqualTo(Decision.UNMAPPED);
        assertThat(report.clauses())
                .filteredOn(c -> c.decision() == Decision.UNMAPPED)
                .allSatisfy(c -> assertThat(c.flags()).isEmpty());
    }

    @Test
    void coversEveryRequirementOfTheCatalogOnce() {
        List<String> requirementIds = Seeds.CATALOG
                .nodes()
                .filter(n -> n.kind() == NodeKind.REQUIREMENT)
                .map(ClauseNode::id)
                .toList();

        assertThat(report.requirements())
                .extracting(RequirementCoverage::id)
                .doesNotHaveDuplicates()
                .containsAll(requirementIds);
        assertThat(report.requirements()).allSatisfy(r -> {
            if (r.coverage() == Coverage.UNCOVERED) {
                assertThat(r.clauses()).isEmpty();
            } else {
                assertThat(r.clauses()).isNotEmpty();
            }
        });
        assertThat(report.requirements()).anyMatch(r -> r.coverage() == Coverage.COVERED);
        assertThat(report.requirements()).anyMatch(r -> r.coverage() == Coverage.PARTIAL);
        assertThat(report.requirements()).anyMatch(r -> r.coverage() == Coverage.UNCOVERED);
    }

    @Test
    void coveringClausesAreMappedClausesThatListTheRequirement() {
        assertThat(report.requirements())
                .allSatisfy(r -> assertThat(r.clauses()).allSatisfy(locator -> {
                    ClauseResult clause = report.clause(locator).orElseThrow();
                    assertThat(clause.decision()).isEqualTo(Decision.MAPPED);
                    assertThat(clause.candidates())
                            .extracting(Candidate::requirement)
                            .contains(r.id());
                }));
    }

    @Test
    void flagsTheAdviserAppointedOnlyAsNeeded() {
        // 001 1.2.1.1(8)(a) 「…最高情報セキュリティアドバイザーとして置くこと」, 003 2.1(2)①: 「必要に応じ、…置く」
        ClauseResult clause = report.clause("2.1(2)①[5]").orElseThrow();

        assertThat(clause.flags()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(WeakeningKind.WEAKENED_OBLIGATION);
            assertThat(f.requirement()).isEqualTo("1.2.1.1(8)(a)");
            assertThat(f.explanation()).contains("置くこと").contains("必要に応じ");
        });
    }

    @Test
    void flagsDenialOfServiceMeasuresNarrowedToTheHighestAvailabilityLevel() {
        // 001 2.1.2.3(1)(c): 要安定情報 (可用性2以上); 003 7.2.3(2)③: 可用性3 only
        assertThat(report.clause("7.2.3(2)③").orElseThrow().flags())
                .anySatisfy(f -> assertThat(f.kind()).isEqualTo(WeakeningKind.NARROWED_SCOPE));
    }

    @Test
    void doesNotFloodTheStandardWithFlags() {
        long flagged =
                report.clauses().stream().filter(c -> !c.flags().isEmpty()).count();
        assertThat(flagged).isBetween(3L, 30L);
    }
}
