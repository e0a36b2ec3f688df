package dev.toitsu.catalog.domain;

import dev.toitsu.catalog.CatalogNode;
import dev.toitsu.catalog.RequirementSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds nested {@link CatalogNode}s from rows in document order. */
public final class CatalogTrees {

    private CatalogTrees() {}

    public static List<CatalogNode> build(List<NodeRow> rows) {
        Map<String, List<NodeRow>> byParent = new HashMap<>();
        List<NodeRow> roots = new ArrayList<>();
        for (NodeRow row : rows) {
            if (row.parentNodeId() == null) {
                roots.add(row);
            } else {
                byParent.computeIfAbsent(row.parentNodeId(), k -> new ArrayList<>())
                        .add(row);
            }
        }
        return roots.stream().map(r -> node(r, byParent)).toList();
    }

    private static CatalogNode node(NodeRow row, Map<String, List<NodeRow>> byParent) {
        List<CatalogNode> children = byParent.getOrDefault(row.nodeId(), List.of()).stream()
                .map(c -> node(c, byParent))
                .toList();
        return leaf(row, children);
    }

    public static CatalogNode leaf(NodeRow row, List<CatalogNode> children) {
        return new CatalogNode(
                row.nodeId(),
                row.parentNodeId(),
                row.kind(),
                row.title(),
                row.text(),
                row.line(),
                row.tier(),
                row.roles(),
                row.sortOrder(),
                row.depth(),
                row.outlineOnly(),
                row.note(),
                children);
    }

    /** The ancestors of a row as "id title", top first. */
    public static List<String> path(NodeRow row, Map<String, NodeRow> byId) {
        java.util.LinkedList<String> path = new java.util.LinkedList<>();
        NodeRow parent = row.parentNodeId() == null ? null : byId.get(row.parentNodeId());
        while (parent != null) {
            path.addFirst(pathLabel(parent));
            parent = parent.parentNodeId() == null ? null : byId.get(parent.parentNodeId());
        }
        return path;
    }

    /** "id title" of a heading, used for breadcrumbs and search paths. */
    public static String pathLabel(NodeRow row) {
        String label = row.title() != null && !row.title().isBlank() ? row.title() : "";
        return label.isEmpty() ? row.nodeId() : row.nodeId() + " " + label;
    }

    public static RequirementSummary summary(String editionCode, NodeRow row, List<String> path) {
        return new RequirementSummary(
                editionCode,
                row.nodeId(),
                row.kind(),
                row.title(),
                row.text(),
                row.tier(),
                row.roles(),
                path,
                row.outlineOnly());
    }
}
