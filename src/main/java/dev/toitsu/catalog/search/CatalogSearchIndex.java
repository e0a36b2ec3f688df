package dev.toitsu.catalog.search;

import dev.toitsu.catalog.EditionImported;
import dev.toitsu.catalog.EditionSummary;
import dev.toitsu.catalog.NodeKind;
import dev.toitsu.catalog.SearchResults;
import dev.toitsu.catalog.domain.CatalogStore;
import dev.toitsu.catalog.domain.CatalogTrees;
import dev.toitsu.catalog.domain.NodeRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

/**
 * Full-text index of every edition, in memory ({@link ByteBuffersDirectory}): built from the database at start-up,
 * extended after each import commits. Each instance of a cluster keeps its own and catches up with editions other
 * instances imported on the next search ({@link #catchUp}), so no shared index is needed.
 */
@Component
public class CatalogSearchIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CatalogSearchIndex.class);

    static final String EDITION = "edition";
    static final String NODE_ID = "nodeId";
    static final String KIND = "kind";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String PATH = "path";

    private final CatalogStore store;
    private final Analyzer analyzer = JapaneseAnalysis.analyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Set<String> indexed = new HashSet<>();
    private final Map<String, String> editionTitles = new HashMap<>();
    private volatile long lastBuildMillis = -1;

    /** {@code store} may be null for an index filled only through {@link #index} (benchmarks). */
    public CatalogSearchIndex(CatalogStore store) {
        this.store = store;
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes every stored edition not yet in the index; returns the number of editions added. */
    public synchronized int catchUp(List<String> editionCodes) {
        long start = System.nanoTime();
        int added = 0;
        for (String code : editionCodes) {
            if (!indexed.contains(code)) {
                store.edition(code).ifPresent(edition -> add(edition, store.nodes(edition.code())));
                added++;
            }
        }
        if (added > 0) {
            refresh();
            lastBuildMillis = (System.nanoTime() - start) / 1_000_000;
            log.info("Search index: {} edition(s) added in {} ms", added, lastBuildMillis);
        }
        return added;
    }

    /** Duration of the last (re)build that added editions, for docs/performance.md. */
    public long lastBuildMillis() {
        return lastBuildMillis;
    }

    @TransactionalEventListener
    void on(EditionImported imported) {
        catchUp(List.of(imported.editionCode()));
    }

    /** Indexes one edition's nodes now and makes them searchable. */
    public synchronized void index(EditionSummary edition, List<NodeRow> rows) {
        add(edition, rows);
        refresh();
    }

    private void add(EditionSummary edition, List<NodeRow> rows) {
        Map<String, NodeRow> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.nodeId(), r));
        List<Document> documents = new ArrayList<>(rows.size());
        for (NodeRow row : rows) {
            boolean hasTitle = row.title() != null && !row.title().isBlank();
            if (!hasTitle && row.text().isBlank()) {
                continue;
            }
            Document doc = new Document();
            doc.add(new StringField(EDITION, edition.code(), Field.Store.YES));
            doc.add(new StringField(NODE_ID, row.nodeId(), Field.Store.YES));
            doc.add(new StoredField(KIND, row.kind().name()));
            doc.add(new TextField(TITLE, hasTitle ? row.title() : "", Field.Store.YES));
            doc.add(new TextField(TEXT, row.text(), Field.Store.YES));
            List<String> path = CatalogTrees.path(row, byId);
            path.forEach(p -> doc.add(new StoredField(PATH, p)));
            documents.add(doc);
        }
        try {
            writer.deleteDocuments(new Term(EDITION, edition.code()));
            writer.addDocuments(documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        indexed.add(edition.code());
        editionTitles.put(edition.code(), edition.title());
    }

    private void refresh() {
        try {
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every whitespace-separated word must occur (AND), in the heading or the text; a word that is a node id
     * exactly as numbered (1.2.1.3(2)(f)) also finds that node. Falls back to any word (OR) when nothing matches
     * all of them.
     */
    public SearchResults search(String query, String editionCode, int limit) {
        long start = System.nanoTime();
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return new SearchResults(q, 0, List.of(), 0);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query all = build(q, editionCode, QueryParser.Operator.AND);
                TopDocs top = searcher.search(all, limit);
                Query used = all;
                if (top.totalHits.value == 0) {
                    used = build(q, editionCode, QueryParser.Operator.OR);
                    top = searcher.search(used, limit);
                }
                UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "…", true))
                        .withMaxLength(10_000)
                        .build();
                String[] texts = highlighter.highlight(TEXT, used, top, 2);
                String[] titles = highlighter.highlight(TITLE, used, top, 1);
                List<SearchResults.Hit> hits = new ArrayList<>();
                for (int i = 0; i < top.scoreDocs.length; i++) {
                    ScoreDoc scoreDoc = top.scoreDocs[i];
                    Document doc = searcher.storedFields().document(scoreDoc.doc);
                    String text = doc.get(TEXT);
                    String highlight = texts[i] != null
                            ? texts[i]
                            : HtmlUtils.htmlEscape(text.length() > 160 ? text.substring(0, 160) + "…" : text);
                    String title = titles[i] != null ? titles[i] : HtmlUtils.htmlEscape(doc.get(TITLE));
                    String code = doc.get(EDITION);
                    hits.add(new SearchResults.Hit(
                            code,
                            editionTitles.getOrDefault(code, code),
                            doc.get(NODE_ID),
                            NodeKind.valueOf(doc.get(KIND)),
                            title,
                            highlight,
                            List.of(doc.getValues(PATH)),
                            scoreDoc.score));
                }
                return new SearchResults(q, top.totalHits.value, hits, (System.nanoTime() - start) / 1_000_000);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query build(String q, String editionCode, QueryParser.Operator operator) {
        String[] words = q.split("[\\s\\u3000]+");
        StringBuilder escaped = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty()) {
                escaped.append(escaped.isEmpty() ? "" : " ").append(QueryParser.escape(word));
            }
        }
        MultiFieldQueryParser parser =
                new MultiFieldQueryParser(new String[] {TITLE, TEXT}, analyzer, Map.of(TITLE, 2f, TEXT, 1f));
        parser.setDefaultOperator(operator);
        // each word is analyzed on its own; a word kuromoji splits (例外措置 → 例外 措置) must match as a phrase
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        Query text;
        try {
            text = parser.parse(escaped.toString());
        } catch (ParseException | IllegalArgumentException e) {
            text = new MatchNoDocsQuery();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(text, BooleanClause.Occur.SHOULD);
        for (String word : words) {
            any.add(new BoostQuery(new TermQuery(new Term(NODE_ID, word)), 10f), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.MUST);
        if (editionCode != null && !editionCode.isBlank()) {
            query.add(new TermQuery(new Term(EDITION, editionCode)), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
