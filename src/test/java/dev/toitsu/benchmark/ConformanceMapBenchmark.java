package dev.toitsu.benchmark;

import dev.toitsu.catalog.ParsedDocument;
import dev.toitsu.catalog.RegulationTextParser;
import dev.toitsu.standard.ConformanceMapper;
import dev.toitsu.standard.ConformanceReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 4: mapping all of the NINS 対策基準 (003) against all of the 統一基準 edition (001), target ≤ 500 ms after
 * warm-up. {@code map} is what the DB-backed part will call (texts already parsed): index the catalog, match every
 * clause, weakening, coverage; {@code parseAndMap} adds parsing both texts, as the CLI does. Run: docs/conformance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConformanceMapBenchmark {

    private byte[] catalogText;
    private byte[] standardText;
    private ParsedDocument catalog;
    private ParsedDocument standard;
    private final ConformanceMapper mapper = new ConformanceMapper();

    @Setup
    public void readSeeds() throws IOException {
        catalogText = read("/catalog/seeds/001_ea0d584469b154be.txt");
        standardText = read("/catalog/seeds/003_2f9e87e3674c5d34.txt");
        catalog = new RegulationTextParser().parse(catalogText);
        standard = new RegulationTextParser().parse(standardText);
    }

    @Benchmark
    public ConformanceReport map() {
        return mapper.map(catalog, standard);
    }

    @Benchmark
    public ConformanceReport parseAndMap() {
        RegulationTextParser parser = new RegulationTextParser();
        return mapper.map(parser.parse(catalogText), parser.parse(standardText));
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = ConformanceMapBenchmark.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
