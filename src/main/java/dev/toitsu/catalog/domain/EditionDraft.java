package dev.toitsu.catalog.domain;

import dev.toitsu.catalog.ClauseNode;
import dev.toitsu.catalog.UnplacedLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything one import writes: the edition row, its nodes in document order and the lines it could not place. */
public record EditionDraft(
        String code,
        String title,
        String frameworkCode,
        String publisher,
        LocalDate publishedOn,
        LocalDate effectiveOn,
        String sourceAttribution,
        String sourceFile,
        String sourceSha256,
        String documentStyle,
        boolean outlineOnly,
        boolean shipped,
        int sortOrder,
        List<NodeRow> nodes,
        List<UnplacedLine> unplaced) {

    public EditionDraft {
        nodes = List.copyOf(nodes);
        unplaced = List.copyOf(unplaced);
    }

    /** Hex SHA-256 of the source, stored with the edition so that a re-import of the same file is recognizable. */
    public static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Flattens clause trees into rows, depth first in document order.
     *
     * @param notes source markers by node id (新設, ●), may be empty
     * @param outlineOnly ids of nodes whose text is not in the source
     */
    public static List<NodeRow> rows(List<ClauseNode> roots, Map<String, String> notes, Set<String> outlineOnly) {
        List<NodeRow> rows = new ArrayList<>();
        for (ClauseNode root : roots) {
            add(root, null, 0, rows, notes, outlineOnly);
        }
        return rows;
    }

    private static void add(
            ClauseNode node,
            String parent,
            int depth,
            List<NodeRow> rows,
            Map<String, String> notes,
            Set<String> outlineOnly) {
        rows.add(new NodeRow(
                node.id(),
                parent,
                node.kind(),
                node.title(),
                node.text(),
                node.line(),
                node.tier(),
                node.roles(),
                rows.size(),
                depth,
                outlineOnly.contains(node.id()),
                notes.get(node.id())));
        for (ClauseNode child : node.children()) {
            add(child, node.id(), depth + 1, rows, notes, outlineOnly);
        }
    }
}
