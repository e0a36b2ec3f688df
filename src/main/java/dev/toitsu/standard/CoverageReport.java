package dev.toitsu.standard;

import java.util.List;

/**
 * The 対応表 of one version against one catalog edition: every requirement with its coverage, gaps first, and the
 * counts per part and section.
 */
public record CoverageReport(
        StandardVersion version,
        String editionCode,
        String editionTitle,
        List<Line> requirements,
        List<Section> sections) {

    public CoverageReport {
        requirements = List.copyOf(requirements);
        sections = List.copyOf(sections);
    }

    /**
     * @param confirmed the coverage rests on mappings a person accepted; otherwise on the mapper's unreviewed
     *     suggestions
     * @param clauses the covering clauses' locators
     */
    public record Line(
            String requirementId,
            String label,
            String part,
            String section,
            Coverage coverage,
            boolean confirmed,
            List<String> clauses) {

        public Line {
            clauses = List.copyOf(clauses);
        }
    }

    public record Section(String part, String section, int covered, int partial, int uncovered) {

        public int total() {
            return covered + partial + uncovered;
        }
    }

    public long count(Coverage coverage) {
        return requirements.stream().filter(l -> l.coverage() == coverage).count();
    }
}
