package dev.toitsu.standard.domain;

import dev.toitsu.catalog.CatalogNode;
import dev.toitsu.catalog.ClauseNode;
import dev.toitsu.catalog.DocumentStyle;
import dev.toitsu.catalog.ParseStats;
import dev.toitsu.catalog.ParsedDocument;
import dev.toitsu.standard.StandardClause;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the mapper's input from what is stored: a catalog edition's node tree and a version's clauses. The mapper
 * reads ids, kinds, titles, texts, lines and roles, all of which are stored, so the result is the same as mapping the
 * parsed source texts (the stored trees are the parser's output), without keeping the source files.
 */
public final class StoredTrees {

    private static final ParseStats NO_STATS = new ParseStats(0, 0, 0, 0, 0, Map.of());

    private StoredTrees() {}

    public static ParsedDocument fromCatalog(List<CatalogNode> roots) {
        return new ParsedDocument(
                DocumentStyle.UNIFIED_STANDARD,
                roots.stream().map(StoredTrees::node).toList(),
                List.of(),
                NO_STATS);
    }

    private static ClauseNode node(CatalogNode n) {
        return new ClauseNode(
                n.nodeId(),
                n.kind(),
                n.title(),
                n.text() == null ? "" : n.text(),
                n.line(),
                n.tier(),
                n.roles(),
                List.of(),
                false,
                List.of(),
                n.children().stream().map(StoredTrees::node).toList());
    }

    /** Clauses in document order (parents before children) back into a tree. */
    public static ParsedDocument fromClauses(List<StandardClause> clauses, String style) {
        Map<String, List<StandardClause>> children = new HashMap<>();
        List<StandardClause> roots = new ArrayList<>();
        for (StandardClause c : clauses) {
            if (c.parentLocator() == null) {
                roots.add(c);
            } else {
                children.computeIfAbsent(c.parentLocator(), k -> new ArrayList<>())
                        .add(c);
            }
        }
        DocumentStyle documentStyle =
                style == null ? DocumentStyle.ORGANIZATION_STANDARD : DocumentStyle.valueOf(style);
        return new ParsedDocument(
                documentStyle, roots.stream().map(c -> node(c, children)).toList(), List.of(), NO_STATS);
    }

    private static ClauseNode node(StandardClause c, Map<String, List<StandardClause>> children) {
        return new ClauseNode(
                c.locator(),
                c.kind(),
                c.title(),
                c.text(),
                c.line(),
                null,
                c.roles(),
                c.cells(),
                false,
                List.of(),
                children.getOrDefault(c.locator(), List.of()).stream()
                        .map(child -> node(child, children))
                        .toList());
    }
}
