package dev.toitsu.catalog;

import java.util.List;

/** Hits of a full-text search over the catalog, best first. */
public record SearchResults(String query, long totalHits, List<Hit> hits, long tookMillis) {

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /**
     * @param highlight the matching text with hits wrapped in {@code <mark>}; everything else HTML-escaped
     * @param path the ancestors of the node, top first, each as "id title"
     */
    public record Hit(
            String editionCode,
            String editionTitle,
            String nodeId,
            NodeKind kind,
            String title,
            String highlight,
            List<String> path,
            float score) {

        public Hit {
            path = List.copyOf(path);
        }
    }
}
