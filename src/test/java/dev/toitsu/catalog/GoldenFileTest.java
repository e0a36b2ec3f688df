package dev.toitsu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The full JSON of each seed is kept as a golden file, so any change of the tree shows up in review. After an
 * intended change, regenerate with {@code ./mvnw test -Dtest=GoldenFileTest -Dtoitsu.golden.update=true} and review the
 * diff of {@code src/test/resources/catalog/golden/}.
 */
class GoldenFileTest {

    private static final Path GOLDEN_SOURCES = Path.of("src/test/resources/catalog/golden");

    @ParameterizedTest
    @ValueSource(strings = {"001", "003"})
    void parseMatchesTheGoldenFile(String seed) throws IOException {
        String json = ParsedDocumentWriter.toJson(SeedDocuments.parse(seed));
        if (Boolean.getBoolean("toitsu.golden.update")) {
            Files.writeString(GOLDEN_SOURCES.resolve(seed + ".json"), json, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream golden = GoldenFileTest.class.getResourceAsStream("/catalog/golden/" + seed + ".json")) {
            assertThat(golden)
                    .as("golden file for %s; create it with -Dtoitsu.golden.update=true", seed)
                    .isNotNull();
            assertThat(json).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The revision summaries are not standards; most of their lines may stay unplaced, but none is lost. */
    @ParameterizedTest
    @ValueSource(strings = {"000", "002", "004"})
    void revisionSummariesParseAndAccountForEveryLine(String seed) {
        ParsedDocument document = SeedDocuments.parse(seed);
        ParseStats stats = document.stats();
        assertThat(stats.blankLines() + stats.pageNumberLines() + stats.placedLines() + stats.unplacedLines())
                .isEqualTo(stats.totalLines());
        assertThat(ParsedDocumentWriter.toJson(document)).startsWith("{");
    }
}
