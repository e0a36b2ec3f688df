package dev.toitsu.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.cli.ConformanceCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code toitsu conformance map}, run in-process: no Spring context, no database. */
class ConformanceMapCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsClausesAndRequirementsInTheDocumentedShape() throws IOException {
        Path catalog = write("001.txt", Seeds.bytes(Seeds.CATALOG_RESOURCE));
        Path standard = write("003.txt", Seeds.bytes(Seeds.STANDARD_RESOURCE));

        assertThat(run("map", "--catalog", catalog.toString(), "--standard", standard.toString(), "--format", "json"))
                .isZero();

        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.propertyNames()).containsExactly("clauses", "requirements");
        JsonNode clause = json.get("clauses").get(0);
        assertThat(clause.propertyNames())
                .containsExactly("locator", "line", "text", "decision", "candidates", "flags");
        assertThat(clause.get("decision").asString()).isIn("mapped", "unmapped");
        JsonNode window = find(json.get("clauses"), "locator", "3.3(2)①(c)");
        assertThat(window.get("line").asInt()).isEqualTo(426);
        assertThat(window.get("candidates").get(0).propertyNames()).containsExactly("requirement", "score");
        assertThat(window.get("candidates").get(0).get("requirement").asString())
                .isEqualTo("1.2.2.2(1)(e)");
        JsonNode flagged = find(json.get("clauses"), "locator", "2.1(2)①[5]");
        assertThat(flagged.get("flags").get(0).propertyNames()).containsExactly("kind", "requirement", "explanation");
        assertThat(flagged.get("flags").get(0).get("kind").asString()).isEqualTo("weakened-obligation");
        JsonNode requirement = json.get("requirements").get(0);
        assertThat(requirement.propertyNames()).containsExactly("id", "coverage", "clauses");
        assertThat(requirement.get("coverage").asString()).isIn("covered", "partial", "uncovered");
        // Japanese is written as it is, not as \\u escapes
        assertThat(out.toString()).contains("インシデント").doesNotContain("\\u");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void refusesAnEmptyStandardWithExitCodeTwo() throws IOException {
        Path catalog = write("001.txt", Seeds.bytes(Seeds.CATALOG_RESOURCE));
        Path empty = write("empty.txt", new byte[0]);

        assertThat(run("map", "--catalog", catalog.toString(), "--standard", empty.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("empty.txt").contains("the file is empty");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void refusesAMissingCatalogWithExitCodeTwo() {
        Path missing = dir.resolve("missing.txt");

        assertThat(run("map", "--catalog", missing.toString(), "--standard", missing.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("missing.txt").contains("cannot read the file");
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.get(field).asString().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " = " + value);
    }

    private int run(String... args) {
        return new CommandLine(new ConformanceCommand())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
