package dev.toitsu.catalog;

import java.util.List;
import java.util.Map;

/** What an import would store, shown before the person commits it. */
public record ImportPreview(
        DocumentStyle style,
        int totalLines,
        int nodeCount,
        Map<NodeKind, Integer> nodesByKind,
        List<UnplacedLine> unplaced,
        List<CatalogNode> roots) {

    public ImportPreview {
        nodesByKind = Map.copyOf(nodesByKind);
        unplaced = List.copyOf(unplaced);
        roots = List.copyOf(roots);
    }
}
