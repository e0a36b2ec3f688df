package dev.toitsu.catalog;

import java.util.List;

/** A node with its subtree, its ancestors (breadcrumbs, top first) and its links to other editions. */
public record NodeDetail(
        EditionSummary edition, CatalogNode node, List<CatalogNode> ancestors, List<CrosswalkLink> crosswalk) {

    public NodeDetail {
        ancestors = List.copyOf(ancestors);
        crosswalk = List.copyOf(crosswalk);
    }
}
