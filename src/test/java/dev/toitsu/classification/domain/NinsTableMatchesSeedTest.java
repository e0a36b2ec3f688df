package dev.toitsu.classification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.classification.RuleTable;
import dev.toitsu.classification.TransmissionRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The seeded rule table says, cell by cell, what the 【別表】 in the seed document says (003 L1272–L1283, tab
 * separated): a written cell must be the rule's cell text; an empty cell must be a rule that says how it was read.
 */
class NinsTableMatchesSeedTest {

    @Test
    void everyCellOfTheAnnexIsInTheTable() throws IOException {
        List<String> lines = Files.readAllLines(
                Path.of("src/test/resources/catalog/seeds/003_2f9e87e3674c5d34.txt"), StandardCharsets.UTF_8);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("【別表】 3.1(2)④(b)")) {
                start = i;
            }
        }
        assertThat(start).as("the annex heading").isPositive();
        RuleTable table = NinsTransmissionTable.table(Set.of("C1", "C2", "C3", "C4"));
        List<String> channels = List.of("MAIL", "CLOUD_SHARE", "FILE_TRANSFER");
        List<String> destinations = List.of("INTERNAL", "INTER_INSTITUTE", "EXTERNAL");
        List<String> checked = new ArrayList<>();
        int row = 0;
        for (int i = start + 3; i < start + 15; i++, row++) {
            String[] cells = lines.get(i).split("\t", -1);
            String level = "C" + (row / 3 + 1);
            String channel = channels.get(row % 3);
            for (int d = 0; d < 3; d++) {
                String cell = cells.length > d + 2 ? cells[d + 2].strip() : "";
                TransmissionRule rule =
                        table.rule(level, channel, destinations.get(d)).orElseThrow();
                if (cell.isEmpty()) {
                    assertThat(rule.interpretation())
                            .as(level + " " + channel + " " + d)
                            .isNotBlank();
                } else {
                    assertThat(rule.cellText())
                            .as(level + " " + channel + " " + d)
                            .isEqualTo(cell);
                }
                checked.add(level + channel + d);
            }
        }
        assertThat(checked).hasSize(36);
    }
}
