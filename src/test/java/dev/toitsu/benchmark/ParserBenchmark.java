package dev.toitsu.benchmark;

import dev.toitsu.catalog.ParsedDocument;
import dev.toitsu.catalog.RegulationTextParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing the seed texts (issue 3 target: ≤ 50 ms each after warm-up). See docs/performance.md. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParserBenchmark {

    @Param({"001_ea0d584469b154be", "003_2f9e87e3674c5d34"})
    public String seed;

    private byte[] content;
    private final RegulationTextParser parser = new RegulationTextParser();

    @Setup
    public void load() throws IOException {
        try (InputStream in = ParserBenchmark.class.getResourceAsStream("/catalog/seeds/" + seed + ".txt")) {
            content = in.readAllBytes();
        }
    }

    @Benchmark
    public ParsedDocument parse() {
        return parser.parse(content);
    }
}
