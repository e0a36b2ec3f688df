package dev.toitsu.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One node of a parsed regulation text.
 *
 * @param id the document's own numbering, e.g. {@code 1.2.1.3(2)(b)(ア)} or {@code 3.1(2)④(b)エ}; bullets and table
 *     rows add {@code [n]} and {@code #rn}, captions {@code /遵守事項}
 * @param title the heading text, or {@code null} for clauses that have only text
 * @param text the node's own text without its marker and without its children, whitespace normalized
 * @param line 1-based source line where the node starts ({@code 0} never occurs; inferred nodes take their first
 *     child's line)
 * @param tier 基本/強化 when a 基本遵守事項/強化遵守事項 caption governs the clause, else {@code null}
 * @param roles role codes named in the title or text (CISO, GENERAL_ISO, ...), in order of first mention
 * @param cells table cells of a {@link NodeKind#TABLE_ROW}, empty otherwise
 * @param inferred {@code true} for a heading the text implies but does not contain (e.g. the cut-off start of 001)
 * @param continuationLines source lines after {@code line} whose text was joined into {@code text}
 */
public record ClauseNode(
        String id,
        NodeKind kind,
        String title,
        String text,
        int line,
        Tier tier,
        List<String> roles,
        List<String> cells,
        boolean inferred,
        List<Integer> continuationLines,
        List<ClauseNode> children) {

    public ClauseNode {
        roles = List.copyOf(roles);
        cells = List.copyOf(cells);
        continuationLines = List.copyOf(continuationLines);
        children = List.copyOf(children);
    }

    /** This node and all its descendants, depth first in document order. */
    public Stream<ClauseNode> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(ClauseNode::flatten));
    }

    public Optional<ClauseNode> child(String childId) {
        return children.stream().filter(c -> c.id().equals(childId)).findFirst();
    }
}
