package dev.toitsu.catalog;

import java.util.List;

/**
 * A node of a stored edition with its children, for browsing and export.
 *
 * @param note the source's own marker, e.g. 新設 or ●, or where the heading came from
 */
public record CatalogNode(
        String nodeId,
        String parentNodeId,
        NodeKind kind,
        String title,
        String text,
        int line,
        Tier tier,
        List<String> roles,
        int sortOrder,
        int depth,
        boolean outlineOnly,
        String note,
        List<CatalogNode> children) {

    public CatalogNode {
        roles = List.copyOf(roles);
        children = List.copyOf(children);
    }

    public boolean hasChildren() {
        return !children.isEmpty();
    }

    public String label() {
        return title != null && !title.isBlank() ? title : text;
    }
}
