package dev.toitsu.standard.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks catalog requirements for each clause of a standard. Candidates come from Lucene (BM25 over the clause's words,
 * its headings and its subject role); each is then scored 0..1 as {@code lexical × (0.5 + 0.3 structure + 0.1 role +
 * 0.1 bm25)}, so that without lexical evidence nothing scores, and the other signals order the lexically plausible:
 *
 * <ul>
 *   <li><b>lexical</b>: tf-idf cosine of clause and requirement, headings included at a lower weight; for a
 *       requirement with sub-items, the best of the whole and of its lead-in with each single sub-item;
 *   <li><b>bm25</b>: the Lucene score relative to the best hit for this clause;
 *   <li><b>structure</b>: how similar the clause's section (e.g. 3.3 インシデントへの対処, all its clauses together)
 *       is to the requirement's 項目 (e.g. 1.2.2.2 障害・事故等の対処), relative to the section's best 項目: siblings
 *       vote for where a section belongs, so a clause whose words are generic is pulled toward its section's 項目;
 *   <li><b>role</b>: the clause's subject role (after folding renames) equals the requirement's.
 * </ul>
 *
 * A clause is mapped when its best score reaches {@link #MAPPED_THRESHOLD}; otherwise it is reported as the
 * organization's own (独自規定). Weights and threshold were set on one half of the labelled sample and checked on the
 * other (docs/conformance.md).
 */
public final class ClauseMatcher {

    /** The share of the lexical similarity a candidate keeps whatever the other signals say. */
    public static final double W_BASE = 0.5;

    public static final double W_STRUCTURE = 0.3;
    public static final double W_ROLE = 0.1;
    public static final double W_BM25 = 0.1;

    public static final double MAPPED_THRESHOLD = 0.30;
    /** Candidates this close to the best one also count as covered by the clause (a clause can merge two). */
    public static final double NEAR_TIE = 0.03;

    static final int POOL = 30;
    static final int SHOWN = 5;

    private final RequirementIndex index;
    private final TermAnalysis analysis;

    public ClauseMatcher(RequirementIndex index, TermAnalysis analysis) {
        this.index = index;
        this.analysis = analysis;
    }

    public record Scored(int ordinal, String requirement, double score) {}

    public record Match(StandardEntry clause, List<Scored> candidates, List<String> clauseTerms) {

        public boolean mapped() {
            return !candidates.isEmpty() && candidates.get(0).score() >= MAPPED_THRESHOLD;
        }

        /** The requirements this clause covers: the best candidate and near-ties, when mapped. */
        public List<Scored> covering() {
            if (!mapped()) {
                return List.of();
            }
            double best = candidates.get(0).score();
            return candidates.stream()
                    .filter(c -> c.score() >= MAPPED_THRESHOLD && c.score() >= best - NEAR_TIE)
                    .toList();
        }
    }

    public List<Match> match(List<StandardEntry> clauses) {
        List<List<String>> textTerms = new ArrayList<>();
        List<List<String>> contextTerms = new ArrayList<>();
        for (StandardEntry c : clauses) {
            textTerms.add(analysis.terms(c.text()));
            contextTerms.add(analysis.terms(c.context()));
        }
        Map<String, Map<String, Double>> affinity = sectionAffinity(clauses, textTerms);

        List<Match> out = new ArrayList<>(clauses.size());
        for (int i = 0; i < clauses.size(); i++) {
            StandardEntry clause = clauses.get(i);
            TermVector vector = new TermVector()
                    .add(textTerms.get(i), 1, index::idf)
                    .add(contextTerms.get(i), RequirementIndex.CONTEXT_WEIGHT, index::idf);
            List<RequirementIndex.Hit> hits =
                    index.search(textTerms.get(i), contextTerms.get(i), clause.subjectRole(), POOL);
            double topBm25 = hits.isEmpty() ? 1 : hits.get(0).bm25();
            Map<String, Double> sectionAffinity = affinity.getOrDefault(clause.sectionId(), Map.of());
            List<Scored> scored = new ArrayList<>(hits.size());
            for (RequirementIndex.Hit hit : hits) {
                CatalogEntry requirement = index.entries().get(hit.ordinal());
                double lexical = index.similarity(vector, hit.ordinal());
                double bm25 = hit.bm25() / topBm25;
                double structure = sectionAffinity.getOrDefault(requirement.itemId(), 0.0);
                double role = roleAgreement(clause.subjectRole(), requirement.subjectRole());
                double score = lexical * (W_BASE + W_STRUCTURE * structure + W_ROLE * role + W_BM25 * bm25);
                scored.add(new Scored(hit.ordinal(), requirement.id(), score));
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::ordinal));
            out.add(new Match(clause, scored.subList(0, Math.min(SHOWN, scored.size())), textTerms.get(i)));
        }
        return out;
    }

    private static double roleAgreement(String clauseRole, String requirementRole) {
        if (clauseRole == null || requirementRole == null) {
            return 0.5;
        }
        return clauseRole.equals(requirementRole) ? 1 : 0;
    }

    /**
     * For every section of the standard, the cosine of its whole text with every 項目 of the catalog, divided by the
     * section's best: 1.0 for the 項目 the section reads most like.
     */
    private Map<String, Map<String, Double>> sectionAffinity(
            List<StandardEntry> clauses, List<List<String>> clauseTerms) {
        Map<String, TermVector> items = new LinkedHashMap<>();
        Map<String, String> itemTitles = new HashMap<>();
        List<CatalogEntry> entries = index.entries();
        for (int i = 0; i < entries.size(); i++) {
            CatalogEntry e = entries.get(i);
            items.computeIfAbsent(e.itemId(), k -> new TermVector()).add(index.vector(i), 1);
            itemTitles.putIfAbsent(e.itemId(), e.itemTitle());
        }
        itemTitles.forEach((item, title) -> items.get(item).add(analysis.terms(title), 3, index::idf));

        Map<String, TermVector> sections = new LinkedHashMap<>();
        Map<String, String> sectionTitles = new HashMap<>();
        for (int i = 0; i < clauses.size(); i++) {
            StandardEntry c = clauses.get(i);
            sections.computeIfAbsent(c.sectionId(), k -> new TermVector()).add(clauseTerms.get(i), 1, index::idf);
            sectionTitles.putIfAbsent(c.sectionId(), c.sectionTitle());
        }
        sectionTitles.forEach((section, title) -> sections.get(section).add(analysis.terms(title), 3, index::idf));

        Map<String, Map<String, Double>> out = new HashMap<>();
        sections.forEach((section, sv) -> {
            Map<String, Double> row = new HashMap<>();
            double best = 0;
            for (Map.Entry<String, TermVector> item : items.entrySet()) {
                double cos = sv.cosine(item.getValue());
                row.put(item.getKey(), cos);
                best = Math.max(best, cos);
            }
            double max = best;
            if (max > 0) {
                row.replaceAll((k, v) -> v / max);
            }
            out.put(section, row);
        });
        return out;
    }
}
