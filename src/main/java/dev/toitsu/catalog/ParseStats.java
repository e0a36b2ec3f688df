package dev.toitsu.catalog;

import java.util.Map;

/**
 * Line accounting of one parse: {@code totalLines = blankLines + pageNumberLines + placedLines + unplacedLines}.
 *
 * @param nodesByKind number of nodes of each kind, inferred ones included
 */
public record ParseStats(
        int totalLines,
        int blankLines,
        int pageNumberLines,
        int placedLines,
        int unplacedLines,
        Map<NodeKind, Integer> nodesByKind) {

    public ParseStats {
        nodesByKind = Map.copyOf(nodesByKind);
    }

    public int count(NodeKind kind) {
        return nodesByKind.getOrDefault(kind, 0);
    }
}
