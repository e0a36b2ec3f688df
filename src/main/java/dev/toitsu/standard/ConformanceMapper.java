package dev.toitsu.standard;

import dev.toitsu.catalog.ParsedDocument;
import dev.toitsu.standard.mapping.CatalogEntry;
import dev.toitsu.standard.mapping.ClauseMatcher;
import dev.toitsu.standard.mapping.ClauseSelection;
import dev.toitsu.standard.mapping.CoveragePolicy;
import dev.toitsu.standard.mapping.MatchedTerms;
import dev.toitsu.standard.mapping.RequirementIndex;
import dev.toitsu.standard.mapping.TermAnalysis;
import dev.toitsu.standard.mapping.TermFolding;
import dev.toitsu.standard.weakening.WeakeningDetector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps an organization's 対策基準 onto a catalog edition (設計の準拠性): for every numbered clause the ranked catalog
 * requirements, mapped or unmapped (独自規定), weakening flags, and the coverage of every requirement. Stateless and
 * thread-safe; each call builds its own in-memory index, so it needs no Spring context and no database.
 */
public final class ConformanceMapper {

    private final TermFolding folding;
    private final WeakeningDetector weakening;
    private final double pivotSlope;

    /** With the synonym list shipped in the jar ({@value TermFolding#RESOURCE}). */
    public ConformanceMapper() {
        this(TermFolding.load());
    }

    ConformanceMapper(TermFolding folding) {
        this(folding, RequirementIndex.PIVOT_SLOPE);
    }

    /** @param pivotSlope the length normalization of the lexical signal; 1 is the plain cosine */
    ConformanceMapper(TermFolding folding, double pivotSlope) {
        this.pivotSlope = pivotSlope;
        this.folding = folding;
        this.weakening = new WeakeningDetector(folding);
    }

    public ConformanceReport map(ParsedDocument catalog, ParsedDocument standard) {
        try (TermAnalysis analysis = new TermAnalysis(folding);
                RequirementIndex index =
                        new RequirementIndex(ClauseSelection.requirements(catalog), analysis, pivotSlope)) {
            List<ClauseMatcher.Match> matches =
                    new ClauseMatcher(index, analysis).match(ClauseSelection.clauses(standard));
            List<CatalogEntry> entries = index.entries();

            List<ClauseResult> clauses = new ArrayList<>(matches.size());
            List<List<CoveragePolicy.Cover>> covers = new ArrayList<>(entries.size());
            entries.forEach(e -> covers.add(new ArrayList<>()));
            for (ClauseMatcher.Match match : matches) {
                List<WeakeningFlag> flags = new ArrayList<>();
                for (ClauseMatcher.Scored covered : match.covering()) {
                    covers.get(covered.ordinal())
                            .add(new CoveragePolicy.Cover(
                                    match.clause().locator(), covered.score(), match.clauseTerms()));
                    flags.addAll(weakening.detect(
                            covered.requirement(),
                            entries.get(covered.ordinal()).text(),
                            match.clause().text()));
                }
                clauses.add(new ClauseResult(
                        match.clause().locator(),
                        match.clause().line(),
                        match.clause().text(),
                        match.mapped() ? Decision.MAPPED : Decision.UNMAPPED,
                        match.candidates().stream()
                                .map(c -> new Candidate(c.requirement(), round(c.score())))
                                .toList(),
                        flags));
            }

            CoveragePolicy policy = new CoveragePolicy(index, analysis);
            List<RequirementCoverage> requirements = new ArrayList<>(entries.size());
            for (int i = 0; i < entries.size(); i++) {
                requirements.add(new RequirementCoverage(
                        entries.get(i).id(),
                        policy.assess(i, covers.get(i)),
                        covers.get(i).stream()
                                .map(CoveragePolicy.Cover::locator)
                                .toList()));
            }
            return new ConformanceReport(clauses, requirements);
        }
    }

    /**
     * The words a clause shares with each requirement, in the mapper's own terms (the synonym list folds renamed roles
     * and wording), marked in the requirement's text; the clause's text with the words it shares with any of them.
     *
     * @param requirementTexts requirement id → the text shown for it
     * @return requirement id → its marked text, and under the key {@code ""} the marked clause text
     */
    public Map<String, MatchedText> matchedWords(String clauseText, Map<String, String> requirementTexts) {
        Map<String, MatchedText> out = new LinkedHashMap<>();
        try (TermAnalysis analysis = new TermAnalysis(folding)) {
            Set<String> any = new LinkedHashSet<>();
            requirementTexts.forEach((id, text) -> {
                List<String> shared = MatchedTerms.shared(analysis, clauseText, text);
                any.addAll(shared);
                out.put(id, marked(analysis, text, shared));
            });
            out.put("", marked(analysis, clauseText, List.copyOf(any)));
        }
        return out;
    }

    private static MatchedText marked(TermAnalysis analysis, String text, List<String> terms) {
        return new MatchedText(
                MatchedTerms.segments(analysis, text, Set.copyOf(terms)).stream()
                        .map(s -> new MatchedText.Segment(s.text(), s.matched()))
                        .toList(),
                terms);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
