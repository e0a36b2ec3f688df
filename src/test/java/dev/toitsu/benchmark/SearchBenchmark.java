package dev.toitsu.benchmark;

import dev.toitsu.catalog.EditionSummary;
import dev.toitsu.catalog.ParsedDocument;
import dev.toitsu.catalog.RegulationTextParser;
import dev.toitsu.catalog.SearchResults;
import dev.toitsu.catalog.domain.EditionDraft;
import dev.toitsu.catalog.domain.NodeRow;
import dev.toitsu.catalog.search.CatalogSearchIndex;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Japanese full-text search over the 001 and 003 clause trees (about 1,500 nodes): one query with highlighting,
 * and building the in-memory index of one edition. See docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SearchBenchmark {

    @Param({"例外措置 台帳", "情報システム台帳", "ＣＳＩＲＴ"})
    public String query;

    private CatalogSearchIndex index;
    private EditionSummary legacy;
    private List<NodeRow> legacyRows;

    @Setup(Level.Trial)
    public void build() throws IOException {
        index = new CatalogSearchIndex(null);
        legacy = edition("bench-001");
        legacyRows = rows("001_ea0d584469b154be");
        index.index(legacy, legacyRows);
        index.index(edition("bench-003"), rows("003_2f9e87e3674c5d34"));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        index.close();
    }

    @Benchmark
    public SearchResults search() {
        return index.search(query, null, 20);
    }

    /** Re-indexes 001 (replacing its documents): the cost an import adds to the index. */
    @Benchmark
    public void indexOneEdition() {
        index.index(legacy, legacyRows);
    }

    static EditionSummary edition(String code) {
        return new EditionSummary(
                code,
                code,
                "nisc-unified",
                "",
                null,
                null,
                null,
                "",
                null,
                null,
                false,
                false,
                0,
                0,
                Instant.now(),
                "bench");
    }

    static List<NodeRow> rows(String seed) throws IOException {
        try (InputStream in = SearchBenchmark.class.getResourceAsStream("/catalog/seeds/" + seed + ".txt")) {
            ParsedDocument document = new RegulationTextParser().parse(in.readAllBytes());
            return EditionDraft.rows(document.roots(), Map.of(), Set.of());
        }
    }
}
