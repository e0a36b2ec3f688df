package dev.toitsu.standard.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index (BM25) of one catalog's requirements: field {@code text} (the requirement with its
 * sub-items), {@code context} (titles of its part, section, 項目 and group) and {@code role} (its subject role code).
 * Terms come from {@link TermAnalysis}, analyzed once and fed to Lucene pre-tokenized.
 */
public final class RequirementIndex implements AutoCloseable {

    static final String TEXT = "text";
    static final String CONTEXT = "context";
    static final String ROLE = "role";

    static final int MAX_QUERY_TERMS = 24;

    /** Weight of heading words relative to the clause's own words, in queries and in tf-idf vectors. */
    static final float CONTEXT_WEIGHT = 0.35f;

    private final List<CatalogEntry> entries;
    private final List<List<String>> textTerms = new ArrayList<>();
    private final List<TermVector> vectors = new ArrayList<>();
    /** The average length of the requirements' tf-idf vectors. */
    private double pivot;

    private final double pivotSlope;
    private final List<List<TermVector>> variants = new ArrayList<>();
    private final Map<String, Integer> docFreq = new HashMap<>();
    /** Words present in each field: a query term the field lacks is left out instead of costing a dictionary seek. */
    private final Set<String> textVocabulary = new HashSet<>();

    private final Set<String> contextVocabulary = new HashSet<>();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public RequirementIndex(List<CatalogEntry> entries, TermAnalysis analysis) {
        this(entries, analysis, PIVOT_SLOPE);
    }

    /** @param pivotSlope 1 for the plain cosine (what the mapper did before the pivot, for comparison) */
    public RequirementIndex(List<CatalogEntry> entries, TermAnalysis analysis, double pivotSlope) {
        this.pivotSlope = pivotSlope;
        this.entries = List.copyOf(entries);
        List<List<String>> contextTerms = new ArrayList<>();
        for (CatalogEntry e : this.entries) {
            List<String> text = analysis.terms(e.text());
            List<String> context = analysis.terms(e.context());
            textTerms.add(text);
            contextTerms.add(context);
            textVocabulary.addAll(text);
            contextVocabulary.addAll(context);
            Set<String> distinct = new HashSet<>(text);
            distinct.addAll(context);
            distinct.forEach(t -> docFreq.merge(t, 1, Integer::sum));
        }
        try (IndexWriter writer =
                new IndexWriter(directory, new IndexWriterConfig().setSimilarity(new BM25Similarity()))) {
            for (int i = 0; i < this.entries.size(); i++) {
                Document doc = new Document();
                doc.add(new TextField(TEXT, new TermListStream(textTerms.get(i))));
                doc.add(new TextField(CONTEXT, new TermListStream(contextTerms.get(i))));
                String role = this.entries.get(i).subjectRole();
                if (role != null) {
                    doc.add(new StringField(ROLE, role, Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            // one segment, so Lucene doc ids are the entries' ordinals
            writer.forceMerge(1);
            writer.commit();
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
        searcher.setSimilarity(new BM25Similarity());
        for (int i = 0; i < this.entries.size(); i++) {
            CatalogEntry e = this.entries.get(i);
            vectors.add(new TermVector()
                    .add(textTerms.get(i), 1, this::idf)
                    .add(contextTerms.get(i), CONTEXT_WEIGHT, this::idf));
            List<TermVector> readings = new ArrayList<>();
            readings.add(vectors.get(i));
            if (e.subItems().size() >= 2) {
                // 「以下の役割を兼務しないこと。(ア)… (イ)…」: a clause may take up the lead-in with one sub-item only
                List<String> leadIn = analysis.terms(e.leadIn());
                for (String subItem : e.subItems()) {
                    readings.add(new TermVector()
                            .add(leadIn, 1, this::idf)
                            .add(analysis.terms(subItem), 1, this::idf)
                            .add(contextTerms.get(i), CONTEXT_WEIGHT, this::idf));
                }
            }
            variants.add(readings);
        }
        pivot = vectors.stream().mapToDouble(TermVector::norm).average().orElse(0);
    }

    /**
     * Slope of the pivoted length normalization: 1 is the plain cosine; lower values move short requirements down and
     * long ones up. Chosen on the dev half of the labelled sample (docs/conformance.md).
     */
    public static final double PIVOT_SLOPE = 0.8;

    public List<CatalogEntry> entries() {
        return entries;
    }

    public TermVector vector(int ordinal) {
        return vectors.get(ordinal);
    }

    /**
     * The best similarity of a clause with the requirement as a whole or with its lead-in and one sub-item: the cosine
     * with the requirement's length pivoted (Singhal, Buckley and Mitra 1996), i.e. divided by {@code (1 − s)·pivot +
     * s·|r|} instead of {@code |r|}, where the pivot is the average length of the requirements. A short requirement
     * whose few words are common ones (「受講状況を管理できる仕組み」) no longer outranks the longer requirement that
     * says what the clause says; capped at 1.
     */
    public double similarity(TermVector clause, int ordinal) {
        double clauseNorm = clause.norm();
        if (clauseNorm == 0) {
            return 0;
        }
        double best = 0;
        for (TermVector reading : variants.get(ordinal)) {
            double length = (1 - pivotSlope) * pivot + pivotSlope * reading.norm();
            if (length > 0) {
                best = Math.max(best, Math.min(1, clause.dot(reading) / (clauseNorm * length)));
            }
        }
        return best;
    }

    /** BM25's idf over the catalog's requirements; a word the catalog never uses weighs most. */
    public double idf(String term) {
        int n = entries.size();
        int df = docFreq.getOrDefault(term, 0);
        return Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }

    public record Hit(int ordinal, double bm25) {}

    /** The best {@code limit} requirements by BM25 for a clause's words, its heading words and its subject role. */
    public List<Hit> search(List<String> clauseTerms, List<String> contextTerms, String role, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<String> seen = new HashSet<>();
        for (String t : mostInformative(clauseTerms, MAX_QUERY_TERMS)) {
            if (seen.add(t)) {
                should(query, TEXT, t, 1f);
            }
        }
        for (String t : mostInformative(contextTerms, MAX_QUERY_TERMS / 2)) {
            if (seen.add(t)) {
                should(query, TEXT, t, CONTEXT_WEIGHT);
                should(query, CONTEXT, t, CONTEXT_WEIGHT);
            }
        }
        if (role != null) {
            query.add(new TermQuery(new Term(ROLE, role)), BooleanClause.Occur.SHOULD);
        }
        try {
            ScoreDoc[] docs = searcher.search(query.build(), limit).scoreDocs;
            List<Hit> hits = new ArrayList<>(docs.length);
            for (ScoreDoc d : docs) {
                hits.add(new Hit(d.doc, d.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The query only gathers candidates (they are rescored on all words), so a long clause queries with its most
     * informative words: fewer dictionary seeks and scorers per clause.
     */
    private List<String> mostInformative(List<String> terms, int limit) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(terms));
        distinct.removeIf(t -> !textVocabulary.contains(t) && !contextVocabulary.contains(t));
        if (distinct.size() <= limit) {
            return distinct;
        }
        distinct.sort(Comparator.comparingDouble(this::idf).reversed());
        return distinct.subList(0, limit);
    }

    private void should(BooleanQuery.Builder query, String field, String term, float boost) {
        Set<String> vocabulary = field.equals(TEXT) ? textVocabulary : contextVocabulary;
        if (vocabulary.contains(term)) {
            Query q = new TermQuery(new Term(field, term));
            query.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Feeds terms that {@link TermAnalysis} already produced to Lucene without analyzing them again. */
    private static final class TermListStream extends TokenStream {
        private final List<String> terms;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private Iterator<String> next;

        TermListStream(List<String> terms) {
            this.terms = terms;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = terms.iterator();
        }

        @Override
        public boolean incrementToken() {
            if (!next.hasNext()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(next.next());
            return true;
        }
    }
}
