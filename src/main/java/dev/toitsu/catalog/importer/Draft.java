package dev.toitsu.catalog.importer;

import dev.toitsu.catalog.ClauseNode;
import dev.toitsu.catalog.NodeKind;
import dev.toitsu.catalog.Tier;
import java.util.ArrayList;
import java.util.List;

/** A node while the tree is being built: text still grows as continuation lines arrive. */
final class Draft {

    final String id;
    final NodeKind kind;
    /** Nesting rank: a marker attaches below the nearest open node of lower level. */
    final int level;

    final int line;
    final Marker.Type markerType;
    final int ordinal;
    final Tier tier;
    final boolean inferred;
    /** Captions (趣旨, 遵守事項) hold their own text but no children: the next marker closes them. */
    final boolean container;

    String title;
    List<String> cells = List.of();
    private final StringBuilder text = new StringBuilder();
    final List<Integer> continuationLines = new ArrayList<>();
    final List<Draft> children = new ArrayList<>();

    Draft(
            String id,
            NodeKind kind,
            int level,
            int line,
            Marker.Type markerType,
            int ordinal,
            Tier tier,
            boolean inferred,
            boolean container) {
        this.id = id;
        this.kind = kind;
        this.level = level;
        this.line = line;
        this.markerType = markerType;
        this.ordinal = ordinal;
        this.tier = tier;
        this.inferred = inferred;
        this.container = container;
    }

    String text() {
        return text.toString();
    }

    void append(String fragment) {
        if (fragment.isEmpty()) {
            return;
        }
        if (text.length() > 0 && needsSpace(text.charAt(text.length() - 1), fragment.charAt(0))) {
            text.append(' ');
        }
        text.append(fragment);
    }

    /**
     * Lines broken by the PDF conversion join without a space when either side is Japanese (「当該情報シ」+「ステム」);
     * only two ASCII words get a space between them.
     */
    static boolean needsSpace(char before, char after) {
        return before < 0x80 && after < 0x80;
    }

    ClauseNode freeze() {
        String own = text();
        String forRoles = title == null ? own : title + " " + own;
        return new ClauseNode(
                id,
                kind,
                title,
                own,
                line,
                tier,
                RoleNames.mentionedIn(forRoles),
                cells,
                inferred,
                continuationLines,
                children.stream().map(Draft::freeze).toList());
    }
}
