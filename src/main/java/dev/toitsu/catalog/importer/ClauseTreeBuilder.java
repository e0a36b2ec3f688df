package dev.toitsu.catalog.importer;

import dev.toitsu.catalog.ClauseNode;
import dev.toitsu.catalog.NodeKind;
import dev.toitsu.catalog.ParseStats;
import dev.toitsu.catalog.ParsedDocument;
import dev.toitsu.catalog.Tier;
import dev.toitsu.catalog.UnplacedLine;
import dev.toitsu.catalog.UnplacedReason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places the lines of a regulation text into a clause tree. Headings (第N部, 第N章, N.N.N.N) are placed by their
 * number, so a missing parent is inferred rather than guessed from layout; list markers ((1), ①, (a), (ア), ア,
 * bullets) attach below the nearest open node of a lower rank, and only if they continue the sequence of their
 * siblings. A line without a marker continues the text of the open node: converted PDFs break sentences anywhere.
 */
public final class ClauseTreeBuilder {

    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^[\\s\\u3000]*[-‐－–—(（]?[\\s\\u3000]*[0-9０-９]{1,4}[\\s\\u3000]*[-‐－–—)）]?[\\s\\u3000]*$"
                    + "|^[\\s\\u3000]*[0-9]{1,4}[\\s\\u3000]*/[\\s\\u3000]*[0-9]{1,4}[\\s\\u3000]*$");
    /** Paragraphs that continue a clause after its list, as in 001 1.5.2.6(1)(a)(ア) L652 「ただし、…」. */
    private static final Pattern PARAGRAPH_OPENER = Pattern.compile("^(ただし|但し|また|なお|さらに)[、，]");

    private static final Pattern DEFINITION = Pattern.compile("^「([^」]{1,40})」とは");
    private static final int CAPTION_LEVEL = 9;
    private static final int MAX_TITLE_LENGTH = 40;

    private final DocumentLayout layout;
    private final List<Draft> roots = new ArrayList<>();
    private final Map<String, Draft> headings = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    /** Open nodes, innermost first; the last element is the current heading. */
    private final Deque<Draft> open = new ArrayDeque<>();

    private final List<UnplacedLine> unplaced = new ArrayList<>();
    private int[] lastHeadingKey;
    private Tier tier;
    private boolean previousBlank;
    private int blank;
    private int pageNumbers;
    private int placed;

    private ClauseTreeBuilder(DocumentLayout layout) {
        this.layout = layout;
    }

    public static ParsedDocument build(List<String> sourceLines) {
        ClauseTreeBuilder builder = new ClauseTreeBuilder(DocumentLayout.scan(sourceLines));
        return builder.run();
    }

    private ParsedDocument run() {
        List<String> lines = layout.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.isBlank()) {
                blank++;
                previousBlank = true;
            } else if (layout.inTableOfContents(i)) {
                unplace(lineNo, line, UnplacedReason.TABLE_OF_CONTENTS);
            } else if (PAGE_NUMBER.matcher(line).matches()) {
                // a page number stands where the page broke: for joining it counts as a blank line
                pageNumbers++;
                previousBlank = true;
            } else {
                place(lineNo, line);
                previousBlank = false;
            }
        }
        List<ClauseNode> frozen = roots.stream().map(Draft::freeze).toList();
        Map<NodeKind, Integer> byKind = new EnumMap<>(NodeKind.class);
        frozen.stream().flatMap(ClauseNode::flatten).forEach(n -> byKind.merge(n.kind(), 1, Integer::sum));
        ParseStats stats = new ParseStats(lines.size(), blank, pageNumbers, placed, unplaced.size(), byKind);
        return new ParsedDocument(layout.style(), frozen, unplaced, stats);
    }

    private void place(int lineNo, String line) {
        List<String> cells = tableCells(line);
        if (cells != null) {
            tableRow(lineNo, line, cells);
            return;
        }
        String stripped = line.stripLeading();
        String content = DocumentLayout.content(line);
        boolean dashed = content.length() != stripped.length();
        Marker marker = Marker.of(content);
        if (marker == null && dashed) {
            // 003 lost some (a)…(e) markers in conversion and kept only the 「- 」 before them (003 L137–141)
            marker = new Marker(Marker.Type.BULLET, "-", 0, Marker.normalize(content), true);
        }
        if (marker == null) {
            continueText(lineNo, line, Marker.normalize(content));
            return;
        }
        switch (marker.type()) {
            case VOLUME, PART, CHAPTER, DOTTED -> numberedHeading(lineNo, line, marker, content);
            case ANNEX -> annex(lineNo, marker);
            case PREAMBLE -> preamble(lineNo, line, marker);
            case CAPTION -> caption(lineNo, line, marker, content);
            case BRACKET -> bracketCaption(lineNo, line, marker);
            default -> listItem(lineNo, line, marker, content);
        }
    }

    private void numberedHeading(int lineNo, String line, Marker marker, String content) {
        String id = marker.label();
        int depth = DocumentLayout.depth(id);
        NodeKind kind = switch (marker.type()) {
            case VOLUME -> NodeKind.VOLUME;
            case PART -> NodeKind.PART;
            case CHAPTER -> NodeKind.CHAPTER;
            default -> layout.headingKind(depth);
        };
        boolean dottedKindOk = marker.type() != Marker.Type.DOTTED || kind == NodeKind.SECTION || kind == NodeKind.ITEM;
        int[] key = key(id);
        // a heading that repeats or goes backwards is a reference or a TOC copy, not a new node
        if (!dottedKindOk
                || headings.containsKey(id)
                || (lastHeadingKey != null && Arrays.compare(key, lastHeadingKey) <= 0)) {
            continueText(lineNo, line, Marker.normalize(content));
            return;
        }
        Draft parent = parentHeading(id, kind, lineNo);
        Draft heading = new Draft(id, kind, depth, lineNo, marker.type(), 0, null, false, true);
        heading.title = marker.rest().isEmpty() ? null : marker.rest();
        attach(parent, heading);
        headings.put(id, heading);
        lastHeadingKey = key;
        tier = null;
        openOnly(heading);
        placed++;
    }

    private Draft parentHeading(String id, NodeKind kind, int lineNo) {
        String parentId = switch (kind) {
            case VOLUME, CHAPTER -> null;
            case PART -> layout.volumes() && DocumentLayout.depth(id) == 2 ? prefix(id) : null;
            default -> DocumentLayout.depth(id) > 1 ? prefix(id) : null;
        };
        if (parentId == null) {
            return null;
        }
        Draft existing = headings.get(parentId);
        return existing != null ? existing : inferHeading(parentId, lineNo);
    }

    /** A heading the numbering implies but the text lacks, e.g. 第1.1部 and 1.1.1 at the cut-off start of 001. */
    private Draft inferHeading(String id, int lineNo) {
        NodeKind kind = layout.headingKind(DocumentLayout.depth(id));
        if (kind == null) {
            return null;
        }
        Draft parent = parentHeading(id, kind, lineNo);
        Draft heading = new Draft(id, kind, DocumentLayout.depth(id), lineNo, null, 0, null, true, true);
        attach(parent, heading);
        headings.put(id, heading);
        return heading;
    }

    private void annex(int lineNo, Marker marker) {
        Draft annex =
                new Draft(uniqueId(marker.label()), NodeKind.ANNEX, 1, lineNo, marker.type(), 0, null, false, true);
        annex.title = marker.rest().isEmpty() ? null : marker.rest();
        attach(null, annex);
        tier = null;
        openOnly(annex);
        placed++;
    }

    private void preamble(int lineNo, String line, Marker marker) {
        if (!roots.isEmpty()) {
            continueText(lineNo, line, marker.rest());
            return;
        }
        Draft preamble =
                new Draft(uniqueId(marker.label()), NodeKind.PREAMBLE, 1, lineNo, marker.type(), 0, null, false, true);
        preamble.title = marker.rest();
        attach(null, preamble);
        openOnly(preamble);
        placed++;
    }

    /** 趣旨（必要性）, 適用範囲, 遵守事項 and the tier captions 基本遵守事項/強化遵守事項 (001 1.1.1.2(5)). */
    private void caption(int lineNo, String line, Marker marker, String content) {
        Draft heading = open.peekLast();
        if (heading == null) {
            unplace(lineNo, line, UnplacedReason.BEFORE_FIRST_HEADING);
            return;
        }
        NodeKind kind = switch (marker.label()) {
            case "趣旨", "目的・趣旨", "目的及び趣旨" -> NodeKind.PURPOSE;
            case "適用範囲" -> NodeKind.SCOPE;
            case "解説" -> NodeKind.COMMENTARY;
            default -> NodeKind.COMPLIANCE;
        };
        if (kind == NodeKind.COMPLIANCE) {
            tier = marker.label().startsWith("基本")
                    ? Tier.BASIC
                    : marker.label().startsWith("強化") ? Tier.ENHANCED : null;
        }
        Draft caption = new Draft(
                uniqueId(heading.id + "/" + marker.label()),
                kind,
                CAPTION_LEVEL,
                lineNo,
                marker.type(),
                0,
                kind == NodeKind.COMPLIANCE ? tier : null,
                false,
                false);
        caption.title = Marker.normalize(content);
        openOnly(heading);
        attach(heading, caption);
        open.push(caption);
        placed++;
    }

    /** 【あ】, 【か】: the kana groups of a glossary (003 【別紙】 L1292–1337). */
    private void bracketCaption(int lineNo, String line, Marker marker) {
        Draft owner = open.peekLast();
        if (owner == null) {
            unplace(lineNo, line, UnplacedReason.BEFORE_FIRST_HEADING);
            return;
        }
        Draft group = new Draft(
                uniqueId(owner.id + "【" + marker.label() + "】"),
                NodeKind.GROUP,
                10,
                lineNo,
                marker.type(),
                0,
                tier,
                false,
                true);
        group.title = marker.label();
        openOnly(owner);
        attach(owner, group);
        open.push(group);
        placed++;
    }

    private void listItem(int lineNo, String line, Marker marker, String content) {
        if (marker.looksLikeReference()) {
            continueText(lineNo, line, Marker.normalize(content));
            return;
        }
        if (open.isEmpty() && !openCutOffItem(lineNo)) {
            unplace(lineNo, line, UnplacedReason.BEFORE_FIRST_HEADING);
            return;
        }
        NodeKind kind = kindOf(marker);
        int level = levelOf(kind);
        int closing = 0;
        Draft parent = null;
        for (Draft candidate : open) {
            if (candidate.container && candidate.level < level) {
                parent = candidate;
                break;
            }
            closing++;
        }
        if (parent == null || !plausibleParent(kind, parent.kind)) {
            unplace(lineNo, line, UnplacedReason.NO_PARENT);
            return;
        }
        if (!continuesSequence(marker, parent)) {
            continueText(lineNo, line, Marker.normalize(content));
            return;
        }
        for (int i = 0; i < closing; i++) {
            open.pop();
        }
        Draft item = new Draft(
                idFor(marker, kind, parent), kind, level, lineNo, marker.type(), marker.ordinal(), tier, false, true);
        String rest = marker.rest();
        switch (kind) {
            case GROUP, CIRCLED -> {
                if (looksLikeCaption(rest)) {
                    item.title = rest;
                } else {
                    item.append(rest);
                }
            }
            case PURPOSE -> item.title = rest;
            case DEFINITION -> {
                Matcher term = DEFINITION.matcher(rest);
                item.title = term.find() ? term.group(1) : null;
                item.append(rest);
            }
            default -> item.append(rest);
        }
        attach(parent, item);
        open.push(item);
        placed++;
    }

    private String idFor(Marker marker, NodeKind kind, Draft parent) {
        if (kind == NodeKind.BULLET) {
            long bullets = parent.children.stream()
                    .filter(c -> c.kind == NodeKind.BULLET)
                    .count();
            return uniqueId(parent.id + "[" + (bullets + 1) + "]");
        }
        if (kind == NodeKind.DEFINITION) {
            Matcher term = DEFINITION.matcher(marker.rest());
            term.find();
            return uniqueId(parent.id + "「" + term.group(1) + "」");
        }
        return uniqueId(parent.id + marker.label());
    }

    /**
     * 001 starts inside 1.1.1.1 (its first line is 「(2) 本統一基準の改訂」): the 項目 before the first one present is
     * named from the numbering, not invented from nothing.
     */
    private boolean openCutOffItem(int lineNo) {
        String first = layout.firstItemId();
        if (first == null || !roots.isEmpty()) {
            return false;
        }
        int last = Integer.parseInt(first.substring(first.lastIndexOf('.') + 1));
        if (last <= 1) {
            return false;
        }
        String id = prefix(first) + "." + (last - 1);
        Draft item = inferHeading(id, lineNo);
        if (item == null) {
            return false;
        }
        lastHeadingKey = key(id);
        openOnly(item);
        return true;
    }

    private void tableRow(int lineNo, String line, List<String> cells) {
        Draft owner = open.peek();
        if (owner == null) {
            unplace(lineNo, line, UnplacedReason.BEFORE_FIRST_HEADING);
            return;
        }
        long rows = owner.children.stream()
                .filter(c -> c.kind == NodeKind.TABLE_ROW)
                .count();
        Draft row = new Draft(
                uniqueId(owner.id + "#r" + (rows + 1)), NodeKind.TABLE_ROW, 99, lineNo, null, 0, tier, false, false);
        row.cells = cells;
        row.append(String.join(" ", cells.stream().filter(c -> !c.isEmpty()).toList()));
        attach(owner, row);
        placed++;
    }

    private void continueText(int lineNo, String line, String text) {
        Draft target = open.peek();
        if (target == null) {
            unplace(lineNo, line, UnplacedReason.BEFORE_FIRST_HEADING);
            return;
        }
        if (previousBlank
                && target.kind == NodeKind.BULLET
                && PARAGRAPH_OPENER.matcher(text).find()) {
            open.pop();
            target = open.peek();
        }
        target.append(text);
        target.continuationLines.add(lineNo);
        placed++;
    }

    private boolean continuesSequence(Marker marker, Draft parent) {
        if (marker.type() == Marker.Type.BULLET) {
            return true;
        }
        Marker.Type family = family(marker.type());
        Draft previous = null;
        for (int i = parent.children.size() - 1; i >= 0 && previous == null; i--) {
            Draft sibling = parent.children.get(i);
            if (sibling.markerType != null && family(sibling.markerType) == family) {
                previous = sibling;
            }
        }
        if (previous != null) {
            return marker.ordinal() == previous.ordinal + 1;
        }
        if (marker.ordinal() == 1) {
            return true;
        }
        // 003 2.1(2)① lost (a)–(e) and kept (f) after five bare items; 001 starts at (2) of a cut-off 項目
        return parent.inferred || (marker.spaced() && marker.ordinal() <= parent.children.size() + 1);
    }

    private static Marker.Type family(Marker.Type type) {
        return type == Marker.Type.KANA ? Marker.Type.PAREN_KANA : type;
    }

    private static NodeKind kindOf(Marker marker) {
        return switch (marker.type()) {
            case PAREN_NUMBER -> isPurposeCaption(marker.rest()) ? NodeKind.PURPOSE : NodeKind.GROUP;
            case CIRCLED -> NodeKind.CIRCLED;
            case PAREN_LATIN -> NodeKind.REQUIREMENT;
            case PAREN_KANA, KANA -> NodeKind.SUB_ITEM;
            default -> DEFINITION.matcher(marker.rest()).find() ? NodeKind.DEFINITION : NodeKind.BULLET;
        };
    }

    /**
     * 「(1) 最高情報セキュリティ責任者の設置」 and 「① CISO（基本規程第5条）」 are captions; 「① 情報システム管理者は、…」 is
     * the clause itself, even when the PDF broke it before its 。 (003 3.4.2(2)①).
     */
    private static boolean looksLikeCaption(String rest) {
        return !rest.isEmpty() && rest.length() <= MAX_TITLE_LENGTH && !rest.contains("。") && !rest.contains("は、");
    }

    /** 003 numbers its captions: 「(1) 目的・趣旨」 then 「(2) 遵守事項」. */
    private static boolean isPurposeCaption(String rest) {
        return rest.equals("目的・趣旨") || rest.equals("趣旨") || rest.equals("目的及び趣旨");
    }

    private static int levelOf(NodeKind kind) {
        return switch (kind) {
            case GROUP, PURPOSE -> 10;
            case CIRCLED -> 11;
            case REQUIREMENT -> 12;
            case SUB_ITEM -> 13;
            default -> 14;
        };
    }

    /** Depths the documents use; (ア) directly under a 章 is not a clause but a stray line. */
    private static boolean plausibleParent(NodeKind kind, NodeKind parent) {
        return switch (kind) {
            case GROUP, PURPOSE ->
                switch (parent) {
                    case ITEM, SECTION, CHAPTER, PART, ANNEX, PREAMBLE -> true;
                    default -> false;
                };
            case CIRCLED ->
                switch (parent) {
                    case GROUP, PURPOSE, SECTION, ITEM, ANNEX -> true;
                    default -> false;
                };
            case REQUIREMENT ->
                switch (parent) {
                    case GROUP, CIRCLED, PURPOSE, SECTION, ANNEX -> true;
                    default -> false;
                };
            case SUB_ITEM ->
                switch (parent) {
                    case REQUIREMENT, CIRCLED, GROUP -> true;
                    default -> false;
                };
            default -> true;
        };
    }

    /**
     * Tab-separated cells, or {@code null} if the line is no table row. A single cell after a leading tab is
     * indentation; an empty first cell followed by content is a merged cell (003 別表 L1273).
     */
    private static List<String> tableCells(String line) {
        if (line.indexOf('\t') < 0) {
            return null;
        }
        String[] raw = line.split("\t", -1);
        List<String> cells = new ArrayList<>(raw.length);
        int filled = 0;
        for (String cell : raw) {
            String normalized = Marker.normalize(cell);
            cells.add(normalized);
            filled += normalized.isEmpty() ? 0 : 1;
        }
        boolean row = filled >= 2 || (filled == 1 && raw.length >= 3);
        return row ? cells : null;
    }

    private void attach(Draft parent, Draft child) {
        if (parent == null) {
            roots.add(child);
        } else {
            parent.children.add(child);
        }
    }

    private void openOnly(Draft node) {
        open.clear();
        open.push(node);
    }

    private String uniqueId(String base) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "~" + n;
        }
        return id;
    }

    private void unplace(int lineNo, String line, UnplacedReason reason) {
        unplaced.add(new UnplacedLine(lineNo, Marker.normalize(line), reason));
    }

    private static String prefix(String dotted) {
        return dotted.substring(0, dotted.lastIndexOf('.'));
    }

    private static int[] key(String dotted) {
        return Arrays.stream(dotted.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }
}
