package dev.toitsu.catalog;

import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two renderings of a parsed text: JSON (for tools and the golden files) and an indented outline (for people).
 * The JSON keeps Japanese unescaped; empty optional fields (tier, roles, cells, inferred) are left out.
 */
public final class ParsedDocumentWriter {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ParsedDocumentWriter() {}

    public static String toJson(ParsedDocument document) {
        ObjectNode root = JSON.createObjectNode();
        root.put("style", document.style().name());
        ObjectNode stats = root.putObject("stats");
        ParseStats s = document.stats();
        stats.put("totalLines", s.totalLines());
        stats.put("blankLines", s.blankLines());
        stats.put("pageNumberLines", s.pageNumberLines());
        stats.put("placedLines", s.placedLines());
        stats.put("unplacedLines", s.unplacedLines());
        ObjectNode kinds = stats.putObject("nodesByKind");
        for (NodeKind kind : NodeKind.values()) {
            if (s.count(kind) > 0) {
                kinds.put(kind.name(), s.count(kind));
            }
        }
        ArrayNode nodes = root.putArray("nodes");
        document.roots().forEach(n -> write(n, nodes.addObject()));
        ArrayNode unplaced = root.putArray("unplaced");
        for (UnplacedLine line : document.unplaced()) {
            unplaced.addObject()
                    .put("line", line.line())
                    .put("text", line.text())
                    .put("reason", line.reason().name());
        }
        return JSON.writeValueAsString(root) + "\n";
    }

    /** One node per line, indented by depth: {@code 1.2.1.3(2)(f) REQUIREMENT 最高情報セキュリティ責任者は、…}. */
    public static String toOutline(ParsedDocument document) {
        StringBuilder out = new StringBuilder();
        document.roots().forEach(n -> outline(n, 0, out));
        if (!document.unplaced().isEmpty()) {
            out.append("\nunplaced:\n");
            for (UnplacedLine line : document.unplaced()) {
                out.append("  L")
                        .append(line.line())
                        .append(" [")
                        .append(line.reason())
                        .append("] ")
                        .append(line.text())
                        .append('\n');
            }
        }
        Map<NodeKind, Integer> kinds = document.stats().nodesByKind();
        out.append("\nstyle: ")
                .append(document.style())
                .append(", nodes: ")
                .append(kinds)
                .append('\n');
        return out.toString();
    }

    private static void write(ClauseNode node, ObjectNode json) {
        json.put("id", node.id());
        json.put("kind", node.kind().name());
        json.put("title", node.title());
        json.put("text", node.text());
        json.put("line", node.line());
        if (node.tier() != null) {
            json.put("tier", node.tier().name());
        }
        if (!node.roles().isEmpty()) {
            ArrayNode roles = json.putArray("roles");
            node.roles().forEach(roles::add);
        }
        if (!node.cells().isEmpty()) {
            ArrayNode cells = json.putArray("cells");
            node.cells().forEach(cells::add);
        }
        if (node.inferred()) {
            json.put("inferred", true);
        }
        ArrayNode children = json.putArray("children");
        node.children().forEach(c -> write(c, children.addObject()));
    }

    private static void outline(ClauseNode node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.id()).append(' ').append(node.kind());
        if (node.tier() != null) {
            out.append(" [").append(node.tier()).append(']');
        }
        if (node.title() != null) {
            out.append(" 「").append(node.title()).append('」');
        }
        if (!node.text().isEmpty()) {
            out.append(' ').append(node.text());
        }
        out.append('\n');
        node.children().forEach(c -> outline(c, depth + 1, out));
    }
}
