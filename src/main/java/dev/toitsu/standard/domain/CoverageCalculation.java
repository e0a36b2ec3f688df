package dev.toitsu.standard.domain;

import dev.toitsu.catalog.CatalogNode;
import dev.toitsu.catalog.EditionSummary;
import dev.toitsu.standard.ClauseMapping;
import dev.toitsu.standard.Coverage;
import dev.toitsu.standard.CoverageReport;
import dev.toitsu.standard.MappingStatus;
import dev.toitsu.standard.StandardVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 対応表: people's decisions over the mapper's estimate. A requirement with an accepted mapping (confirmed or added
 * by hand) is covered, on the person's word. Otherwise the mapper's coverage stands, minus the clauses whose mapping
 * to that requirement a person rejected; with none left the requirement is uncovered.
 */
public final class CoverageCalculation {

    private static final int LABEL_LENGTH = 80;

    private CoverageCalculation() {}

    public static CoverageReport report(
            StandardVersion version,
            EditionSummary edition,
            List<CatalogNode> tree,
            List<StandardStore.CoverageRow> estimated,
            List<ClauseMapping> mappings) {
        Map<String, Place> places = new HashMap<>();
        for (CatalogNode root : tree) {
            walk(root, null, null, places);
        }
        Map<String, Set<String>> accepted = new HashMap<>();
        Map<String, Set<String>> rejected = new HashMap<>();
        for (ClauseMapping m : mappings) {
            if (m.status().accepted()) {
                accepted.computeIfAbsent(m.requirementId(), k -> new LinkedHashSet<>())
                        .add(m.locator());
            } else if (m.status() == MappingStatus.REJECTED) {
                rejected.computeIfAbsent(m.requirementId(), k -> new LinkedHashSet<>())
                        .add(m.locator());
            }
        }
        List<String> order = new ArrayList<>();
        Map<String, StandardStore.CoverageRow> byId = new HashMap<>();
        for (StandardStore.CoverageRow row : estimated) {
            order.add(row.requirementId());
            byId.put(row.requirementId(), row);
        }
        accepted.keySet().stream()
                .filter(id -> !byId.containsKey(id))
                .sorted(Comparator.comparingInt(
                        id -> places.containsKey(id) ? places.get(id).order() : Integer.MAX_VALUE))
                .forEach(order::add);

        List<CoverageReport.Line> lines = new ArrayList<>();
        for (String id : order) {
            Place place = places.getOrDefault(id, new Place(id, "", "", Integer.MAX_VALUE));
            Set<String> acceptedClauses = accepted.getOrDefault(id, Set.of());
            if (!acceptedClauses.isEmpty()) {
                lines.add(new CoverageReport.Line(
                        id,
                        place.label(),
                        place.part(),
                        place.section(),
                        Coverage.COVERED,
                        true,
                        List.copyOf(acceptedClauses)));
                continue;
            }
            StandardStore.CoverageRow row = byId.get(id);
            List<String> remaining = row.clauses().stream()
                    .filter(c -> !rejected.getOrDefault(id, Set.of()).contains(c))
                    .toList();
            Coverage coverage =
                    row.coverage() == Coverage.UNCOVERED || remaining.isEmpty() ? Coverage.UNCOVERED : row.coverage();
            lines.add(new CoverageReport.Line(
                    id,
                    place.label(),
                    place.part(),
                    place.section(),
                    coverage,
                    false,
                    coverage == Coverage.UNCOVERED ? List.of() : remaining));
        }

        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String[]> keys = new HashMap<>();
        for (CoverageReport.Line line : lines) {
            String key = line.part() + "\u0000" + line.section();
            keys.putIfAbsent(key, new String[] {line.part(), line.section()});
            counts.computeIfAbsent(key, k -> new int[3])[line.coverage().ordinal()]++;
        }
        List<CoverageReport.Section> sections = counts.entrySet().stream()
                .map(e -> new CoverageReport.Section(
                        keys.get(e.getKey())[0],
                        keys.get(e.getKey())[1],
                        e.getValue()[Coverage.COVERED.ordinal()],
                        e.getValue()[Coverage.PARTIAL.ordinal()],
                        e.getValue()[Coverage.UNCOVERED.ordinal()]))
                .toList();

        // gaps first, then document order (the sort is stable)
        List<CoverageReport.Line> gapsFirst = new ArrayList<>(lines);
        gapsFirst.sort(Comparator.comparingInt(l -> gapRank(l.coverage())));
        return new CoverageReport(version, edition.code(), edition.title(), gapsFirst, sections);
    }

    private static int gapRank(Coverage coverage) {
        return switch (coverage) {
            case UNCOVERED -> 0;
            case PARTIAL -> 1;
            case COVERED -> 2;
        };
    }

    private record Place(String label, String part, String section, int order) {}

    private static void walk(CatalogNode node, String part, String section, Map<String, Place> places) {
        String heading = node.nodeId() + " " + shorten(node.label());
        String nodePart = part == null ? heading : part;
        String nodeSection = part == null ? "" : section == null ? heading : section;
        places.put(node.nodeId(), new Place(shorten(node.label()), nodePart, nodeSection, node.sortOrder()));
        for (CatalogNode child : node.children()) {
            walk(child, nodePart, part == null ? null : nodeSection, places);
        }
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH - 1) + "…";
    }
}
