package dev.toitsu.standard.mapping;

import dev.toitsu.catalog.ClauseNode;
import dev.toitsu.catalog.NodeKind;
import dev.toitsu.catalog.ParsedDocument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Picks the nodes of a parsed text that take part in mapping: requirements of the catalog, clauses of a standard. */
public final class ClauseSelection {

    private static final Set<NodeKind> STANDARD_CLAUSE_KINDS = EnumSet.of(
            NodeKind.SECTION,
            NodeKind.GROUP,
            NodeKind.CIRCLED,
            NodeKind.REQUIREMENT,
            NodeKind.SUB_ITEM,
            NodeKind.BULLET,
            NodeKind.TABLE_ROW);

    /** Rationale, scope and glossary text is not an obligation and is neither mapped nor a mapping target. */
    private static final Set<NodeKind> NOT_OBLIGATIONS =
            EnumSet.of(NodeKind.PURPOSE, NodeKind.SCOPE, NodeKind.COMMENTARY, NodeKind.DEFINITION, NodeKind.PREAMBLE);

    private ClauseSelection() {}

    /**
     * Every (a)-level requirement of the catalog, plus the (n) groups that have a caption but no clauses (the cut-off
     * start of 001), so a general clause of a standard can still point at them.
     */
    public static List<CatalogEntry> requirements(ParsedDocument catalog) {
        List<CatalogEntry> out = new ArrayList<>();
        Deque<ClauseNode> path = new ArrayDeque<>();
        for (ClauseNode root : catalog.roots()) {
            collectRequirements(root, path, out);
        }
        return out;
    }

    private static void collectRequirements(ClauseNode node, Deque<ClauseNode> path, List<CatalogEntry> out) {
        if (NOT_OBLIGATIONS.contains(node.kind())) {
            return;
        }
        boolean bodilessGroup = node.kind() == NodeKind.GROUP
                && node.title() != null
                && node.children().stream().noneMatch(c -> c.kind() == NodeKind.REQUIREMENT);
        if (node.kind() == NodeKind.REQUIREMENT || bodilessGroup) {
            ClauseNode item = nearest(path, EnumSet.of(NodeKind.ITEM));
            String text = node.flatten()
                    .map(n -> n == node && bodilessGroup ? n.title() : n.text())
                    .filter(t -> t != null && !t.isBlank())
                    .collect(Collectors.joining(" "));
            List<String> subItems = node.children().stream()
                    .filter(c -> c.kind() == NodeKind.SUB_ITEM)
                    .map(c -> c.flatten().map(ClauseNode::text).collect(Collectors.joining(" ")))
                    .toList();
            out.add(new CatalogEntry(
                    node.id(),
                    text,
                    bodilessGroup ? node.title() : node.text(),
                    titles(path),
                    item == null ? node.id() : item.id(),
                    item == null ? "" : titles(upTo(path, item)),
                    subjectRole(node, path),
                    subItems));
            return;
        }
        path.addLast(node);
        node.children().forEach(c -> collectRequirements(c, path, out));
        path.removeLast();
    }

    /** Every numbered clause of an organization standard that carries text of its own. */
    public static List<StandardEntry> clauses(ParsedDocument standard) {
        List<StandardEntry> out = new ArrayList<>();
        Deque<ClauseNode> path = new ArrayDeque<>();
        for (ClauseNode root : standard.roots()) {
            collectClauses(root, path, out);
        }
        return out;
    }

    private static void collectClauses(ClauseNode node, Deque<ClauseNode> path, List<StandardEntry> out) {
        if (NOT_OBLIGATIONS.contains(node.kind())) {
            return;
        }
        if (isClause(node, path)) {
            ClauseNode section = nearest(path, EnumSet.of(NodeKind.SECTION, NodeKind.ANNEX));
            if (node.kind() == NodeKind.SECTION) {
                section = node;
            }
            String context = titles(path);
            ClauseNode parent = path.peekLast();
            if (parent != null
                    && EnumSet.of(NodeKind.CIRCLED, NodeKind.REQUIREMENT, NodeKind.SUB_ITEM)
                            .contains(parent.kind())) {
                context = context + " " + parent.text();
            }
            out.add(new StandardEntry(
                    node.id(),
                    node.line(),
                    node.text(),
                    context.strip(),
                    section == null ? node.id() : section.id(),
                    section == null ? "" : titles(upTo(path, section)) + " " + nullToEmpty(section.title()),
                    subjectRole(node, path)));
        }
        path.addLast(node);
        node.children().forEach(c -> collectClauses(c, path, out));
        path.removeLast();
    }

    private static boolean isClause(ClauseNode node, Deque<ClauseNode> path) {
        if (!STANDARD_CLAUSE_KINDS.contains(node.kind())
                || node.text() == null
                || node.text().isBlank()) {
            return false;
        }
        if (node.kind() == NodeKind.TABLE_ROW) {
            // the first row of a flattened table is its header, not a rule
            ClauseNode parent = path.peekLast();
            return parent == null
                    || parent.children().stream()
                                    .filter(c -> c.kind() == NodeKind.TABLE_ROW)
                                    .findFirst()
                                    .orElse(null)
                            != node;
        }
        // a caption such as 「端末の導入時の対策」 above the clauses is context, not a clause
        return node.children().isEmpty() || node.text().contains("。");
    }

    private static String subjectRole(ClauseNode node, Deque<ClauseNode> path) {
        if (!node.roles().isEmpty()) {
            return foldRole(node.roles().get(0));
        }
        var up = path.descendingIterator();
        while (up.hasNext()) {
            ClauseNode ancestor = up.next();
            if (ancestor.kind() == NodeKind.SECTION || ancestor.kind() == NodeKind.ITEM) {
                break;
            }
            if (!ancestor.roles().isEmpty()
                    && ancestor.text() != null
                    && !ancestor.text().isBlank()) {
                return foldRole(ancestor.roles().get(0));
            }
        }
        return null;
    }

    /** Roles that an organization splits or merges compare as one (seed-003-notes §2.3). */
    static String foldRole(String code) {
        return switch (code) {
            case "INSTITUTE_CISO", "DEPUTY_CISO" -> "CISO";
            case "SYSTEM_ADMIN" -> "SYSTEM_OWNER";
            case "AUDITOR" -> "AUDIT_CHIEF";
            default -> code;
        };
    }

    private static ClauseNode nearest(Deque<ClauseNode> path, Set<NodeKind> kinds) {
        var up = path.descendingIterator();
        while (up.hasNext()) {
            ClauseNode n = up.next();
            if (kinds.contains(n.kind())) {
                return n;
            }
        }
        return null;
    }

    private static List<ClauseNode> upTo(Deque<ClauseNode> path, ClauseNode last) {
        List<ClauseNode> out = new ArrayList<>();
        for (ClauseNode n : path) {
            if (n == last) {
                break;
            }
            out.add(n);
        }
        out.add(last);
        return out;
    }

    private static String titles(Iterable<ClauseNode> nodes) {
        StringBuilder out = new StringBuilder();
        for (ClauseNode n : nodes) {
            String caption = n.title();
            if ((caption == null || caption.isBlank())
                    && n.kind() == NodeKind.GROUP
                    && n.text() != null
                    && !n.text().contains("。")) {
                caption = n.text();
            }
            if (caption != null && !caption.isBlank() && !caption.equals("遵守事項")) {
                out.append(caption).append(' ');
            }
        }
        return out.toString().strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
