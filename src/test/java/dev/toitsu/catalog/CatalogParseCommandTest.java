package dev.toitsu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.cli.CatalogCommand;
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

/** {@code toitsu catalog parse}, run in-process: no Spring context, no database. */
class CatalogParseCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsTheClauseTreeAsJson() throws IOException {
        Path seed = dir.resolve("001.txt");
        Files.write(seed, SeedDocuments.bytes("001"));

        assertThat(run("parse", "--format", "json", seed.toString())).isZero();

        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("style").asString()).isEqualTo("UNIFIED_STANDARD");
        assertThat(json.get("unplaced").isArray()).isTrue();
        assertThat(json.get("stats").get("nodesByKind").get("REQUIREMENT").asInt())
                .isEqualTo(444);
        JsonNode volume = json.get("nodes").get(0);
        assertThat(volume.propertyNames()).contains("id", "kind", "title", "text", "line", "children");
        JsonNode part = volume.get("children").get(1);
        assertThat(part.get("id").asString()).isEqualTo("1.2");
        assertThat(part.get("title").asString()).isEqualTo("組織と体制の整備");
        assertThat(out.toString()).contains("\"最高情報セキュリティ責任者を１人置くこと。\"");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsAnOutlineAsText() throws IOException {
        Path seed = dir.resolve("003.txt");
        Files.write(seed, SeedDocuments.bytes("003"));

        assertThat(run("parse", "--format", "text", seed.toString())).isZero();

        assertThat(out.toString())
                .contains("\n        3.3(2)②(a) REQUIREMENT 役職員等は、インシデントの可能性を認知した場合には、")
                .contains("L11 [TABLE_OF_CONTENTS] 目 次");
    }

    @Test
    void refusesAnEmptyFileWithExitCodeTwo() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        assertThat(run("parse", empty.toString())).isEqualTo(2);

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("empty.txt").contains("catalog.import.empty");
    }

    @Test
    void refusesABinaryFileWithExitCodeTwo() throws IOException {
        Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        assertThat(run("parse", binary.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("catalog.import.notText");
    }

    @Test
    void refusesAMissingFileWithExitCodeTwo() {
        assertThat(run("parse", dir.resolve("missing.txt").toString())).isEqualTo(2);

        assertThat(err.toString()).contains("catalog.import.unreadable");
    }

    private int run(String... args) {
        return new CommandLine(new CatalogCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
    }
}
