package dev.toitsu.catalog.importer;

import dev.toitsu.catalog.ClauseNode;
import dev.toitsu.catalog.NodeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 令和6年7月 additions to the 政府機関等の対策基準策定のためのガイドライン that 総務省 quotes in seed 004: the
 * new 基本対策事項 (marked (新設), e.g. 4.3.1(1)-4 on SBOM, 6.2.2(1)-1 on mail relay) with their lettered items,
 * and the 解説 paragraphs added to existing clauses (「基本対策事項4.1.2(4)-2 … について」). Only the government
 * guideline passages are read; the local-government text (「改定案：対策基準（解説）」) follows a different
 * numbering and is skipped.
 */
public final class GuidelineAdditionsReader {

    private static final Pattern MEASURE = Pattern.compile("^(\\d+\\.\\d+\\.\\d+\\(\\d+\\)-\\d+)\\s+(.+)$");
    private static final Pattern REFERENCE = Pattern.compile(
            "^(基本対策事項|遵守事項)(\\d+\\.\\d+\\.\\d+\\(\\d+\\)(?:-\\d+(?: [a-z]\\))?|\\([a-z]\\)(?:\\([ア-ン]\\))?))\\s*(.*)$");
    private static final Pattern LETTER = Pattern.compile("^-\\s*([a-z])\\)\\s*(.+)$");
    private static final Pattern RELATED = Pattern.compile("^<(.+)関連>$");

    public record Result(List<ClauseNode> roots, Map<String, String> notes) {}

    private static final class Node {
        final String id;
        final NodeKind kind;
        final int line;
        String title;
        String text = "";
        final List<Node> children = new ArrayList<>();

        Node(String id, NodeKind kind, int line) {
            this.id = id;
            this.kind = kind;
            this.line = line;
        }
    }

    private GuidelineAdditionsReader() {}

    public static Result read(String source) {
        List<String> lines = SourceText.lines(SourceText.requireText(source));
        Map<String, Node> items = new LinkedHashMap<>();
        Map<String, Node> all = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        boolean government = false;
        boolean isNew = false;
        String related = null;
        Node measure = null;
        Node commentary = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int lineNo = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("政府機関等策定ガイドライン")) {
                government = true;
                continue;
            }
            if (line.startsWith("改定案") || line.matches("^\\d\\.\\s.+")) {
                government = false;
                measure = null;
                commentary = null;
                continue;
            }
            if (!government) {
                continue;
            }
            if (line.equals("(新設)") || line.equals("（新設）")) {
                isNew = true;
                continue;
            }
            Matcher rel = RELATED.matcher(line);
            if (rel.matches()) {
                related = rel.group(1);
                continue;
            }
            if (line.equals("(解説)") || line.equals("（解説）")) {
                commentary = null;
                continue;
            }
            Matcher m = MEASURE.matcher(line);
            if (m.matches() && isNew) {
                measure = node(m.group(1), NodeKind.BASELINE_MEASURE, lineNo, items, all);
                measure.text = m.group(2);
                notes.put(measure.id, "新設" + (related == null ? "" : "（" + related + "関連）"));
                isNew = false;
                related = null;
                commentary = null;
                continue;
            }
            Matcher letter = LETTER.matcher(line);
            if (letter.matches() && measure != null && commentary == null) {
                Node item = new Node(measure.id + " " + letter.group(1) + ")", NodeKind.BASELINE_MEASURE, lineNo);
                item.text = letter.group(2);
                measure.children.add(item);
                all.put(item.id, item);
                continue;
            }
            Matcher ref = REFERENCE.matcher(line);
            // 「基本対策事項4.2.2(1)-9 a)において…」 is a sentence that cites a clause, not a 解説 heading
            if (ref.matches() && (ref.group(3).isBlank() || ref.group(3).startsWith("「"))) {
                String id = ref.group(2);
                NodeKind kind = ref.group(1).equals("遵守事項") ? NodeKind.REQUIREMENT : NodeKind.BASELINE_MEASURE;
                Node target = all.containsKey(id) ? all.get(id) : node(id, kind, lineNo, items, all);
                commentary = new Node(id + "/解説" + (target.children.size() + 1), NodeKind.COMMENTARY, lineNo);
                String about = ref.group(3).strip();
                commentary.title = about.isEmpty() ? "解説" : about;
                target.children.add(commentary);
                all.put(commentary.id, commentary);
                measure = null;
                continue;
            }
            if (commentary != null) {
                line = line.replaceFirst("^-\\s*", "");
                if (commentary.title.equals("解説") && commentary.text.isEmpty() && line.startsWith("「")) {
                    commentary.title = line; // 「SBOM（…）」 / について may be split over two lines (004 L400-402)
                } else if (line.equals("について") && commentary.text.isEmpty()) {
                    commentary.title = commentary.title + "について";
                } else if (!line.equals("(前略)") && !line.equals("(中略)") && !line.equals("(後略)")) {
                    commentary.text = (commentary.text + " " + line).strip();
                }
            }
        }
        List<ClauseNode> roots = new ArrayList<>();
        for (Node item : items.values()) {
            roots.add(clause(item));
        }
        return new Result(roots, notes);
    }

    /** A clause under its 款 (4.3.1 …), the 款 created on first use. */
    private static Node node(String id, NodeKind kind, int line, Map<String, Node> items, Map<String, Node> all) {
        String item = id.substring(0, id.indexOf('('));
        Node parent = items.computeIfAbsent(item, k -> {
            Node n = new Node(k, NodeKind.ITEM, line);
            all.put(k, n);
            return n;
        });
        Node node = new Node(id, kind, line);
        parent.children.add(node);
        all.put(id, node);
        return node;
    }

    private static ClauseNode clause(Node node) {
        String all = (node.title == null ? "" : node.title) + " " + node.text;
        return new ClauseNode(
                node.id,
                node.kind,
                node.title,
                node.text,
                node.line,
                null,
                RoleNames.mentionedIn(all),
                List.of(),
                node.title == null && node.text.isEmpty(),
                List.of(),
                node.children.stream().map(GuidelineAdditionsReader::clause).toList());
    }
}
