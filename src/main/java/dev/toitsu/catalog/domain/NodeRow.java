package dev.toitsu.catalog.domain;

import dev.toitsu.catalog.NodeKind;
import dev.toitsu.catalog.Tier;
import java.util.List;

/** One row of catalog_node, as written by an import. */
public record NodeRow(
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
        String note) {

    public NodeRow {
        roles = List.copyOf(roles);
        text = text == null ? "" : text;
    }

    /** The same node as the root of a subtree (its parent left out). */
    public NodeRow asRoot() {
        return new NodeRow(nodeId, null, kind, title, text, line, tier, roles, sortOrder, depth, outlineOnly, note);
    }
}
