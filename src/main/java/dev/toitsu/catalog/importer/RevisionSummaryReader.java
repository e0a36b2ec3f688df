package dev.toitsu.catalog.importer;

import dev.toitsu.catalog.ClauseNode;
import dev.toitsu.catalog.CrosswalkType;
import dev.toitsu.catalog.NodeKind;
import dev.toitsu.catalog.Tier;
import dev.toitsu.catalog.UnplacedLine;
import dev.toitsu.catalog.UnplacedReason;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads NISC's summary of the 令和5年度版 revision (seed 000, 「改定のポイント」) into what it contains of two
 * editions: the R3 and R5 tables of contents (部 → 節 → 款 → (n)), as laid side by side on the 【参考】 slides, the
 * R3 → R5 moves it states (移設, 新設, 「…へ」 annotations, the 第6部/第7部 swap), and the guideline measures it quotes
 * (基本対策事項4.1.1(3)-1 a)–h), 表5.1.1-1/2, the 基本/追加セキュリティ対策 examples). Slides are flattened to text: the
 * edition of a block follows the 令和3年度版/令和5年度版 captions in order, and a block that repeats a part number (or
 * names a part by its other-edition title) belongs to the next edition.
 */
public final class RevisionSummaryReader {

    public static final String R3 = "R3";
    public static final String R5 = "R5";

    /** The headings and quoted texts of one edition. */
    public record Outline(List<ClauseNode> roots, Map<String, String> notes, Set<String> outlineOnly) {}

    /** A crosswalk link between the R3 and R5 outlines; {@code line} is the 1-based line of 000 that states it. */
    public record Link(String r3Id, String r5Id, CrosswalkType type, String note, int line) {}

    public record Result(Outline r3, Outline r5, List<Link> links, List<UnplacedLine> unplaced) {}

    private static final Pattern EDITION_CAPTION = Pattern.compile("^令和([35])年度版$");
    private static final Pattern PART = Pattern.compile("^第(\\d)部(?:\\s+(.*))?$");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^\\d+(?:\\.\\d+)+(?:\\(\\d+\\))?$");
    private static final Pattern HEADING = Pattern.compile("^(\\d+\\.\\d+(?:\\.\\d+)?)(?:\\((\\d+)\\))?\\s*(.*)$");
    private static final Pattern GROUP = Pattern.compile("^\\((\\d+)\\)\\s*(.*)$");
    private static final Pattern INLINE_GROUPS = Pattern.compile("(?:^|\\s)\\((\\d+)\\)\\s*");
    private static final Pattern MOVED_TO = Pattern.compile("\\s*R5\\s*(\\d+(?:\\.\\d+)*)\\s*(?:「(.+?)」|(\\S.*?))?へ$");
    private static final Pattern PART_SWAP = Pattern.compile("R3 (第\\d部) .+?⇒R5 (第\\d部)へ");
    private static final Pattern PARTIAL_NEW = Pattern.compile("^R3 (\\d+\\.\\d+\\.\\d+\\(\\d+\\))の一部規定を整理した上で新設$");
    private static final Pattern GROUP_MOVED =
            Pattern.compile("^\\((\\d+)\\) : R3 (\\d+\\.\\d+\\.\\d+\\(\\d+\\))(の一部規定)?を移設$");
    private static final Pattern QUOTED_MOVED = Pattern.compile("に加え、「(.+?)」を移設$");
    private static final Pattern MEASURE = Pattern.compile("^(\\d+\\.\\d+\\.\\d+\\(\\d+\\)-\\d+)\\s*(.*)$");
    private static final Pattern LETTER_ITEM = Pattern.compile("(?:^|\\s)([a-h])\\)\\s*");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    /**
     * Moves that only the lost slide graphics showed (an arrow next to a row); the text keeps the target but not the
     * source. Each is read off the slide's remaining text and cited.
     */
    private static final Map<String, String[]> ARROW_SOURCES = Map.of(
            // 000 L1266: 「R5 6.6.1「アプリケーション・コンテンツの作成・運用時の対策」へ」 sits beside R3 7.2.2(2)
            "R5 6.6.1「アプリケーション・コンテンツの作成・運用時の対策」へ",
            new String[] {"7.2.2(2)", "6.6.1", "MERGED"},
            // 000 L810-812: 「移設」「4.3.1へ」 beside R3 5.2.2(1) 機器等の選定時の対策
            "4.3.1へ",
            new String[] {"5.2.2(1)", "4.3.1(1)", "MERGED"},
            // 000 L1452-1453: 「R5」「6.6へ」 beside R3 6.3 アプリケーション・コンテンツの作成・提供
            "6.6へ",
            new String[] {"6.3", "6.6", "MOVED"},
            // 000 L889: R3's 「外部サービス(クラウドサービス以外)」 is R3 4.2.1(3), redefined as R5 4.1.2(4)
            "(4) : R3「外部サービス(クラウドサービス以外)」を再定義し、必要な対策を整理",
            new String[] {"4.2.1(3)", "4.1.2(4)", "MOVED"});

    /** R3 2.2.1(1) is cited as the origin of a 新設 clause of another 款; 000 L363 sits beside R5 2.1.3(3). */
    private static final Map<String, String> PARTIAL_NEW_TARGETS = Map.of("2.2.1(1)", "2.1.3(3)");

    private final class Edition {
        final String name;
        final Map<String, Draft> nodes = new LinkedHashMap<>();
        final Map<String, String> partTitles = new HashMap<>();
        final Map<String, String> notes = new HashMap<>();
        final Set<String> quoted = new HashSet<>();

        Edition(String name) {
            this.name = name;
        }

        Draft node(String id, NodeKind kind, String parentId, int line) {
            Draft existing = nodes.get(id);
            if (existing != null) {
                return existing;
            }
            Draft draft = new Draft(id, kind, parentId, line);
            nodes.put(id, draft);
            return draft;
        }
    }

    private static final class Draft {
        final String id;
        final NodeKind kind;
        final String parentId;
        final int line;
        String title;
        String text = "";
        Tier tier;

        Draft(String id, NodeKind kind, String parentId, int line) {
            this.id = id;
            this.kind = kind;
            this.parentId = parentId;
            this.line = line;
        }
    }

    private final Edition r3 = new Edition(R3);
    private final Edition r5 = new Edition(R5);
    private final List<Link> links = new ArrayList<>();
    private final List<UnplacedLine> unplaced = new ArrayList<>();

    // state of the table-of-contents reader
    private final Deque<Edition> pendingCaptions = new ArrayDeque<>();
    private boolean freshCaption;
    private boolean inToc;
    private Edition current;
    private final Set<String> partsInRun = new HashSet<>();
    private String currentPart;
    private String currentItem;
    private final List<String> newInSlide = new ArrayList<>();
    private final List<String> newItemsInSlide = new ArrayList<>();
    private String changedInSlide;

    private RevisionSummaryReader() {}

    public static Result read(String text) {
        return new RevisionSummaryReader().run(SourceText.lines(SourceText.requireText(text)));
    }

    private Result run(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String raw = lines.get(i);
            String line = raw.strip();
            if (line.startsWith("【参考】")) {
                newInSlide.clear();
                newItemsInSlide.clear();
                changedInSlide = null;
                inToc = false;
                continue;
            }
            Matcher caption = EDITION_CAPTION.matcher(line);
            if (caption.matches()) {
                pendingCaptions.add(caption.group(1).equals("3") ? r3 : r5);
                freshCaption = true;
                inToc = true;
                continue;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("表5.1.1-")) {
                i = table(lines, i);
                continue;
            }
            if (line.startsWith("基本対策事項4.1.1(3)-1")) {
                i = contractorMeasures(lines, i);
                continue;
            }
            if (line.equals("基本対策事項") && raw.startsWith("\t")) {
                i = tierExamples(lines, i);
                continue;
            }
            if (inToc && tocLine(raw, lineNo)) {
                continue;
            }
            inToc = false;
            pendingCaptions.clear(); // captions of a figure whose headings did not survive the conversion
            comment(line, lineNo);
        }
        crosswalkByHeading();
        return new Result(outline(r3), outline(r5), List.copyOf(links), List.copyOf(unplaced));
    }

    // ---- tables of contents -------------------------------------------------------------------------------

    /** One line of a 目次 block; false if the line is no heading (the block has ended). */
    private boolean tocLine(String raw, int lineNo) {
        List<String> cells = new ArrayList<>();
        for (String cell : raw.split("\t")) {
            if (!cell.isBlank()) {
                cells.add(cell.strip());
            }
        }
        if (cells.isEmpty()) {
            return true;
        }
        String first = cells.get(0);
        boolean heading = PART.matcher(first).matches()
                || HEADING.matcher(first).matches() && Character.isDigit(first.charAt(0))
                || GROUP.matcher(first).matches();
        if (!heading) {
            return false;
        }
        // a number alone in its cell is followed by its title: 「2.3⇥点検」, 「(1)⇥自己点検の実施」
        List<String> entries = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            boolean numberOnly = NUMBER_ONLY.matcher(cell).matches() || cell.matches("^\\(\\d+\\)$");
            if (numberOnly && c + 1 < cells.size()) {
                entries.add(cell + " " + cells.get(++c));
            } else {
                entries.add(cell);
            }
        }
        for (String entry : entries) {
            entry(entry, lineNo);
        }
        return true;
    }

    private void entry(String entry, int lineNo) {
        if (entry.equals("新設") || entry.equals("●")) {
            markLast(entry);
            return;
        }
        Matcher moved = MOVED_TO.matcher(entry);
        if (moved.matches()) { // a cell of its own: 「R5 6.2.3 「ウェブ」へ」
            arrow(lastId, moved.group(1), moved.group(2), lineNo);
            return;
        }
        Matcher part = PART.matcher(entry);
        if (part.matches()) {
            String number = part.group(1);
            String rest = part.group(2) == null ? "" : part.group(2).strip();
            boolean titled = !rest.isEmpty() && !Character.isDigit(rest.charAt(0)) && rest.charAt(0) != '(';
            selectEdition(number, titled ? rest : null);
            String id = "第" + number + "部";
            Draft draft = current.node(id, NodeKind.PART, null, lineNo);
            if (titled && draft.title == null) {
                draft.title = rest;
                current.partTitles.put(number, rest);
            }
            currentPart = id;
            if (!titled && !rest.isEmpty()) {
                entry(rest, lineNo);
            }
            return;
        }
        if (current == null) {
            selectEdition(null, null);
            if (current == null) {
                unplaced.add(new UnplacedLine(lineNo, entry, UnplacedReason.NO_PARENT));
                return;
            }
        }
        Matcher heading = HEADING.matcher(entry);
        if (heading.matches() && Character.isDigit(entry.charAt(0))) {
            String number = heading.group(1);
            String title = heading.group(3).strip();
            if (heading.group(2) != null) { // 「2.1.2(1) 対策基準の策定」
                item(number, null, lineNo);
                group(number, heading.group(2), title, lineNo);
                return;
            }
            Matcher inline = INLINE_GROUPS.matcher(title);
            String own = title;
            List<String[]> groups = new ArrayList<>();
            if (inline.find()) {
                own = title.substring(0, inline.start()).strip();
                int start = inline.end();
                String n = inline.group(1);
                while (inline.find()) {
                    groups.add(new String[] {
                        n, title.substring(start, inline.start()).strip()
                    });
                    n = inline.group(1);
                    start = inline.end();
                }
                groups.add(new String[] {n, title.substring(start).strip()});
            }
            if (number.split("\\.").length == 2) {
                section(number, own, lineNo);
            } else {
                item(number, own, lineNo);
                for (String[] g : groups) {
                    group(number, g[0], g[1], lineNo);
                }
            }
            return;
        }
        Matcher group = GROUP.matcher(entry);
        if (group.matches()) {
            if (currentItem == null) {
                unplaced.add(new UnplacedLine(lineNo, entry, UnplacedReason.NO_PARENT));
                return;
            }
            // 「(1) 主体認証機能の導入 (2) 識別コード及び主体認証情報の管理」 in one cell
            Matcher inline = INLINE_GROUPS.matcher(entry);
            List<int[]> starts = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            while (inline.find()) {
                starts.add(new int[] {inline.start(), inline.end()});
                numbers.add(inline.group(1));
            }
            String item = currentItem;
            for (int k = 0; k < starts.size(); k++) {
                int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : entry.length();
                group(
                        item,
                        numbers.get(k),
                        entry.substring(starts.get(k)[1], end).strip(),
                        lineNo);
            }
            return;
        }
        unplaced.add(new UnplacedLine(lineNo, entry, UnplacedReason.NO_PARENT));
    }

    private String lastId;

    private void section(String number, String title, int lineNo) {
        String part = "第" + number.substring(0, number.indexOf('.')) + "部";
        ensurePart(part, lineNo);
        Draft draft = current.node(number, NodeKind.SECTION, part, lineNo);
        title = marker(draft, title);
        if (draft.title == null && !title.isEmpty()) {
            draft.title = title;
        }
        lastId = number;
        currentItem = null;
    }

    private void item(String number, String title, int lineNo) {
        String section = number.substring(0, number.lastIndexOf('.'));
        if (!current.nodes.containsKey(section)) {
            String part = "第" + number.substring(0, number.indexOf('.')) + "部";
            ensurePart(part, lineNo);
            current.node(section, NodeKind.SECTION, part, lineNo);
        }
        Draft draft = current.node(number, NodeKind.ITEM, section, lineNo);
        if (title != null) {
            title = marker(draft, title);
            if (draft.title == null && !title.isEmpty()) {
                draft.title = title;
            }
        }
        currentItem = number;
        lastId = number;
    }

    private void group(String item, String n, String title, int lineNo) {
        String id = item + "(" + n + ")";
        Draft draft = current.node(id, NodeKind.GROUP, item, lineNo);
        Matcher moved = MOVED_TO.matcher(title);
        if (moved.find()) { // 「(1) 情報システム台帳の整備 R5 2.1.2資産管理へ」
            title = title.substring(0, moved.start()).strip();
            if (draft.title == null) {
                draft.title = title;
            }
            arrow(id, moved.group(1), null, lineNo);
        }
        title = marker(draft, title);
        if (draft.title == null && !title.isEmpty()) {
            draft.title = title;
        }
        currentItem = item;
        lastId = id;
    }

    private void ensurePart(String part, int lineNo) {
        Draft draft = current.node(part, NodeKind.PART, null, lineNo);
        if (draft.title == null) {
            draft.title = current.partTitles.get(part.substring(1, 2));
        }
    }

    /** Strips a trailing 新設 or ● from a heading and records it as the node's note. */
    private String marker(Draft draft, String title) {
        for (String mark : List.of("新設", "●")) {
            if (title.endsWith(mark)) {
                title = title.substring(0, title.length() - mark.length()).strip();
                note(draft.id, mark);
            }
        }
        return title;
    }

    private void markLast(String mark) {
        if (lastId != null) {
            note(lastId, mark);
        }
    }

    private void note(String id, String mark) {
        current.notes.merge(id, mark, (a, b) -> a.contains(b) ? a : a + " " + b);
        if (current == r5 && mark.equals("新設")) {
            newInSlide.add(id);
            if (current.nodes.get(id) != null && current.nodes.get(id).kind == NodeKind.ITEM) {
                newItemsInSlide.add(id);
            }
        }
        if (current == r5 && mark.equals("●")) {
            changedInSlide = id;
        }
    }

    /** An R3 heading annotated 「R5 2.1.2…へ」: resolved after both outlines are read. */
    private final List<Object[]> arrows = new ArrayList<>();

    private void arrow(String r3Id, String r5Prefix, String quotedTitle, int lineNo) {
        if (current == r3 && r3Id != null) {
            arrows.add(new Object[] {r3Id, r5Prefix, quotedTitle, lineNo});
        }
    }

    /**
     * Picks the edition of the block a part heading opens: its title when only one edition uses it (第6部 and 第7部
     * were swapped in R5, 000 L210-213), else the next 令和N年度版 caption when one is pending and the block is new
     * or repeats a part of the current run.
     */
    private void selectEdition(String partNumber, String partTitle) {
        Edition byTitle = partTitle == null ? null : editionByPartTitle(partNumber, partTitle);
        Edition next = null;
        if (byTitle != null) {
            next = byTitle;
            pendingCaptions.remove(byTitle);
        } else if (!pendingCaptions.isEmpty()
                && (current == null || freshCaption || (partNumber != null && partsInRun.contains(partNumber)))) {
            next = pendingCaptions.poll();
        }
        freshCaption = false;
        if (next != null && next != current) {
            current = next;
            partsInRun.clear();
            currentItem = null;
        } else if (next != null) {
            partsInRun.clear();
        }
        if (partNumber != null) {
            partsInRun.add(partNumber);
        }
    }

    private Edition editionByPartTitle(String number, String title) {
        boolean components = title.startsWith("情報システムの構成要素");
        boolean requirements = title.startsWith("情報システムのセキュリティ要件");
        if (number.equals("6")) {
            return components ? r5 : requirements ? r3 : null;
        }
        if (number.equals("7")) {
            return components ? r3 : requirements ? r5 : null;
        }
        return null;
    }

    // ---- explanatory comments beside the slides ------------------------------------------------------------

    private void comment(String line, int lineNo) {
        String text = line.replaceFirst("^[・\\-\\s]+", "").strip();
        Matcher swap = PART_SWAP.matcher(text);
        if (swap.find()) {
            addLink(swap.group(1), swap.group(2), CrosswalkType.MOVED, "第6部と第7部の入れ替え", lineNo);
            return;
        }
        Matcher partial = PARTIAL_NEW.matcher(text);
        if (partial.matches()) {
            String r3Id = partial.group(1);
            String item = r3Id.substring(0, r3Id.indexOf('('));
            String target = newInSlide.stream()
                    .filter(id -> id.startsWith(item + "("))
                    .findFirst()
                    .orElse(PARTIAL_NEW_TARGETS.get(r3Id));
            if (target != null) {
                addLink(r3Id, target, CrosswalkType.SPLIT, "一部規定を整理した上で新設", lineNo);
            }
            return;
        }
        Matcher groupMoved = GROUP_MOVED.matcher(text);
        if (groupMoved.matches() && !newItemsInSlide.isEmpty()) {
            // 000 L884-888 explain the first 新設 款 of the slide (4.1.2) group by group
            addLink(
                    groupMoved.group(2),
                    newItemsInSlide.get(0) + "(" + groupMoved.group(1) + ")",
                    groupMoved.group(3) != null ? CrosswalkType.SPLIT : CrosswalkType.MOVED,
                    groupMoved.group(3) != null ? "一部規定を移設" : "移設",
                    lineNo);
            return;
        }
        Matcher quoted = QUOTED_MOVED.matcher(text);
        if (quoted.find() && changedInSlide != null) {
            r3.nodes.values().stream()
                    .filter(d -> quoted.group(1).equals(d.title))
                    .findFirst()
                    .ifPresent(d -> addLink(d.id, changedInSlide, CrosswalkType.MERGED, "移設して集約", lineNo));
            return;
        }
        String[] arrow = ARROW_SOURCES.get(text);
        if (arrow != null) {
            addLink(arrow[0], arrow[1], CrosswalkType.valueOf(arrow[2]), "移設（図の矢印）", lineNo);
        }
    }

    private final Set<String> linkedR3 = new HashSet<>();
    private final Set<String> linkedR5 = new HashSet<>();
    private final Map<String, String> counterpart = new HashMap<>();

    private void addLink(String r3Id, String r5Id, CrosswalkType type, String note, int line) {
        boolean known = links.stream()
                .anyMatch(l -> java.util.Objects.equals(l.r3Id(), r3Id)
                        && java.util.Objects.equals(l.r5Id(), r5Id)
                        && l.type() == type);
        if (known) { // the 第6部/第7部 swap is repeated on three slides
            return;
        }
        links.add(new Link(r3Id, r5Id, type, note, line));
        if (r3Id != null && type != CrosswalkType.SPLIT) {
            linkedR3.add(r3Id);
        }
        if (r5Id != null && type != CrosswalkType.MERGED && type != CrosswalkType.SPLIT) {
            linkedR5.add(r5Id); // a clause that others were merged into can still be the counterpart of one more
        }
        if (r3Id != null && r5Id != null && (type == CrosswalkType.MOVED || type == CrosswalkType.RENAMED)) {
            counterpart.put(r3Id, r5Id);
        }
    }

    // ---- quoted guideline measures and tables ---------------------------------------------------------------

    /** 表5.1.1-1 / 表5.1.1-2 (000 L902-914): a TABLE node under R5 5.1.1 with one row per 重要度. */
    private int table(List<String> lines, int i) {
        String caption = lines.get(i).strip();
        String id = caption.substring(0, caption.indexOf(' ') > 0 ? caption.indexOf(' ') : caption.length());
        Draft item = r5.node("5.1.1", NodeKind.ITEM, "5.1", i + 1);
        Draft table = r5.node(id, NodeKind.TABLE, item.id, i + 1);
        table.title = caption.substring(id.length()).strip();
        r5.quoted.add(id);
        String[] header = null;
        int j = i + 1;
        for (; j < lines.size(); j++) {
            String raw = lines.get(j);
            if (raw.isBlank()) {
                if (header != null || j > i + 2) {
                    boolean more = j + 1 < lines.size() && lines.get(j + 1).contains("\t");
                    if (!more) {
                        break;
                    }
                }
                continue;
            }
            if (!raw.contains("\t")) {
                break;
            }
            String[] cells = raw.split("\t", -1);
            for (int c = 0; c < cells.length; c++) {
                cells[c] = plain(cells[c]);
            }
            if (header == null) {
                header = cells;
                continue;
            }
            Draft row = r5.node(id + "#" + cells[0], NodeKind.TABLE_ROW, id, j + 1);
            row.title = cells[0];
            StringBuilder text = new StringBuilder();
            for (int c = 1; c < cells.length; c++) {
                String label = c < header.length && !header[c].isEmpty() ? header[c] + ": " : "";
                text.append(text.isEmpty() ? "" : " / ").append(label).append(cells[c]);
            }
            row.text = text.toString();
            r5.quoted.add(row.id);
        }
        return j - 1;
    }

    /** 基本対策事項4.1.1(3)-1 a)–h) with their SP800-171 clauses (000 L673-688). */
    private int contractorMeasures(List<String> lines, int i) {
        Draft group = r5.node("4.1.1(3)", NodeKind.GROUP, "4.1.1", i + 1);
        Draft measure = r5.node("4.1.1(3)-1", NodeKind.BASELINE_MEASURE, group.id, i + 1);
        measure.title = "業務委託先に求める情報セキュリティ対策";
        int j = i + 1;
        for (; j < lines.size(); j++) {
            String raw = lines.get(j).strip();
            if (raw.isEmpty()
                    || raw.equals("基本対策事項4.1.1(3)-1")
                    || raw.equals("実施内容の概要")
                    || raw.equals("SP800-171の関連条項")) {
                continue;
            }
            if (!raw.startsWith("<p>")) {
                break;
            }
            String[] cells = lines.get(j).split("\t");
            String heading = plain(cells[0]);
            Matcher letter = Pattern.compile("^([a-h])\\)\\s*(.*)$").matcher(heading);
            if (!letter.matches()) {
                unplaced.add(new UnplacedLine(j + 1, raw, UnplacedReason.NO_PARENT));
                continue;
            }
            Draft item =
                    r5.node(measure.id + " " + letter.group(1) + ")", NodeKind.BASELINE_MEASURE, measure.id, j + 1);
            item.title = letter.group(2);
            String summary = cells.length > 1 ? plain(cells[1]) : "";
            String clauses = cells.length > 2 ? plain(cells[2]) : "";
            item.text = summary + (clauses.isEmpty() ? "" : "（SP800-171の関連条項: " + clauses + "）");
            r5.quoted.add(item.id);
        }
        return j - 1;
    }

    /**
     * The examples of 基本/追加セキュリティ対策 (000 L1106-1131): rows 「款⇥lead」 then 「⇥基本⇥追加」, or an
     * additional-only measure 「款⇥－⇥measure」.
     */
    private int tierExamples(List<String> lines, int i) {
        int j = i + 1;
        Draft measure = null;
        for (; j < lines.size(); j++) {
            String raw = lines.get(j);
            if (raw.isBlank()) {
                if (j + 1 < lines.size() && lines.get(j + 1).strip().equals("基本対策事項")) {
                    j++;
                }
                continue;
            }
            if (!raw.contains("\t")) {
                break;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : raw.split("\t", -1)) {
                cells.add(plain(cell));
            }
            if (cells.contains("基本セキュリティ対策")) {
                continue;
            }
            // drop the 款 caption cell and empty cells
            List<String> content = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (cell.isEmpty()
                        || (c == 0
                                && HEADING.matcher(cell).matches()
                                && !MEASURE.matcher(cell).matches())) {
                    continue;
                }
                content.add(cell);
            }
            if (content.isEmpty()) {
                continue;
            }
            boolean additionalOnly =
                    content.get(0).equals("－") || content.get(0).equals("—");
            if (additionalOnly) {
                Matcher m = MEASURE.matcher(content.get(content.size() - 1));
                if (m.matches()) {
                    Draft only = measure(m.group(1), m.group(2), j + 1);
                    only.tier = Tier.ADDITIONAL;
                    letterItems(only, m.group(2), Tier.ADDITIONAL, j + 1);
                }
                continue;
            }
            Matcher m = MEASURE.matcher(content.get(0));
            if (m.matches()) {
                measure = measure(m.group(1), m.group(2), j + 1);
                continue;
            }
            if (measure != null) {
                tierCell(measure, "基本セキュリティ対策", Tier.BASIC, content.get(0), j + 1);
                if (content.size() > 1) {
                    tierCell(measure, "追加セキュリティ対策", Tier.ADDITIONAL, content.get(1), j + 1);
                }
            }
        }
        return j - 1;
    }

    private Draft measure(String id, String text, int line) {
        String group = id.substring(0, id.indexOf('-'));
        String item = group.substring(0, group.indexOf('('));
        if (!r5.nodes.containsKey(item)) {
            r5.node(item, NodeKind.ITEM, item.substring(0, item.lastIndexOf('.')), line);
        }
        // the (n) heading comes from a table of contents further down; it gets its title there
        r5.node(group, NodeKind.GROUP, item, line);
        Draft measure = r5.node(id, NodeKind.BASELINE_MEASURE, group, line);
        int firstItem = firstLetter(text);
        measure.text = (firstItem < 0 ? text : text.substring(0, firstItem)).strip();
        r5.quoted.add(id);
        return measure;
    }

    private void tierCell(Draft measure, String caption, Tier tier, String text, int line) {
        Draft cell = r5.node(measure.id + "/" + caption, NodeKind.GROUP, measure.id, line);
        cell.title = caption;
        cell.tier = tier;
        int first = firstLetter(text);
        cell.text = (first < 0 ? text : text.substring(0, first)).strip();
        r5.quoted.add(cell.id);
        letterItems(cell, text, tier, line);
    }

    /** Splits 「以下を…こと。 a)… b)…」 into lettered items under the measure (ids as the guideline cites them). */
    private void letterItems(Draft parent, String text, Tier tier, int line) {
        Matcher letters = LETTER_ITEM.matcher(text);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (letters.find()) {
            starts.add(new int[] {letters.start(), letters.end()});
            names.add(letters.group(1));
        }
        String measureId = parent.kind == NodeKind.BASELINE_MEASURE ? parent.id : parent.parentId;
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : text.length();
            Draft item = r5.node(measureId + " " + names.get(k) + ")", NodeKind.BASELINE_MEASURE, parent.id, line);
            item.text = text.substring(starts.get(k)[1], end).strip();
            item.tier = tier;
            r5.quoted.add(item.id);
        }
        if (!starts.isEmpty() && parent.kind == NodeKind.BASELINE_MEASURE) {
            parent.text = text.substring(0, starts.get(0)[0]).strip();
        }
    }

    private static int firstLetter(String text) {
        Matcher m = LETTER_ITEM.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** Cell text without the HTML the converter left and with its bullets as 「・」. */
    private static String plain(String cell) {
        return TAG.matcher(cell)
                .replaceAll(" ")
                .replace('•', '・')
                .replaceAll("\\s+", " ")
                .replaceAll(" ・ ", " ・")
                .strip();
    }

    // ---- crosswalk from headings ---------------------------------------------------------------------------

    /**
     * Resolves the 「…へ」 annotations, then pairs every other R3 heading with R5: same heading under another number
     * is MOVED, same number with another heading RENAMED; R5 headings left over are NEW, R3 ones REMOVED.
     */
    private void crosswalkByHeading() {
        for (Object[] a : arrows) {
            String r3Id = (String) a[0];
            String prefix = (String) a[1];
            String quotedTitle = (String) a[2];
            int line = (Integer) a[3];
            Draft source = r3.nodes.get(r3Id);
            if (source == null) {
                continue;
            }
            if (quotedTitle != null) { // 「7.2 電子メール・ウェブ等⇥R5 6.2.3 「ウェブ」へ」 is about 7.2.2 ウェブ
                Optional<Draft> titled = r3.nodes.values().stream()
                        .filter(d -> d.id.startsWith(r3Id) && quotedTitle.equals(d.title))
                        .findFirst();
                if (titled.isPresent()) {
                    source = titled.get();
                }
            }
            Draft target = bestUnder(prefix, source.title);
            if (target != null) {
                boolean renamed = source.title != null && !source.title.equals(target.title);
                addLink(source.id, target.id, CrosswalkType.MOVED, renamed ? "移設（名称変更を伴う）" : "移設", line);
            }
        }
        Set<String> unchangedR5 = new HashSet<>();
        List<Draft> removed = new ArrayList<>();
        for (Draft old : r3.nodes.values()) {
            if (linkedR3.contains(old.id)) {
                continue;
            }
            Draft same = r5.nodes.get(old.id);
            if (same != null && same.kind == old.kind && normalized(same.title).equals(normalized(old.title))) {
                unchangedR5.add(same.id);
                continue;
            }
            List<Draft> titled = r5.nodes.values().stream()
                    .filter(d -> d.title != null && old.title != null)
                    .filter(d -> normalized(d.title).equals(normalized(old.title)))
                    .toList();
            if (titled.size() > 1) {
                titled = titled.stream().filter(d -> d.kind == old.kind).toList();
            }
            if (titled.size() == 1) {
                addLink(old.id, titled.get(0).id, CrosswalkType.MOVED, "移設（番号の変更）", old.line);
                continue;
            }
            // a (n) whose 款 moved is looked for under the new 款 first: R3 4.2.2(1) → R5 4.2.3(1)
            String movedParent = old.kind == NodeKind.GROUP ? counterpart.get(old.parentId) : null;
            if (movedParent != null && !movedParent.equals(old.parentId)) {
                Draft sibling = r5.nodes.get(movedParent + old.id.substring(old.parentId.length()));
                if (sibling != null && !linkedR5.contains(sibling.id) && similarity(old.title, sibling.title) >= 0.2) {
                    addLink(old.id, sibling.id, CrosswalkType.MOVED, "上位の款の移設に伴う移設", old.line);
                    continue;
                }
            }
            boolean sameFree = same != null && same.kind == old.kind && !linkedR5.contains(same.id);
            double sameSimilarity = sameFree ? similarity(old.title, same.title) : -1;
            Draft similar = mostSimilar(
                    old,
                    r5.nodes.values().stream()
                            .filter(d -> d.kind == old.kind && !linkedR5.contains(d.id) && !unchangedR5.contains(d.id))
                            .filter(d -> part(d.id).equals(part(old.id))
                                    || part(d.id).equals(r5Part(old.id)))
                            .toList());
            double similarSimilarity = similar == null ? -1 : similarity(old.title, similar.title);
            if (similar != null && similar != same && similarSimilarity > sameSimilarity + 0.1) {
                addLink(old.id, similar.id, CrosswalkType.MOVED, "移設（名称変更を伴う）", old.line);
                continue;
            }
            // a (n) heading under an unchanged 款 keeps its number when renamed (4.1.1(1)-(4), 000 L821-857)
            boolean parentKept = old.kind == NodeKind.GROUP
                    && r5.nodes.containsKey(old.parentId)
                    && old.parentId.equals(counterpart.getOrDefault(old.parentId, old.parentId));
            if (sameFree && (sameSimilarity >= 0.5 || parentKept)) {
                addLink(old.id, same.id, CrosswalkType.RENAMED, "名称変更", old.line);
                continue;
            }
            removed.add(old);
        }
        // a heading whose sub-headings all went to one place went there too: R3 4.2 外部サービスの利用 → R5 4.2
        for (Draft old : removed) {
            Set<String> targets = new HashSet<>();
            boolean hasChildren = false;
            for (Link link : links) {
                Draft child = link.r3Id() == null ? null : r3.nodes.get(link.r3Id());
                if (child != null && old.id.equals(child.parentId) && link.r5Id() != null) {
                    hasChildren = true;
                    Draft target = r5.nodes.get(link.r5Id());
                    targets.add(target == null ? null : target.parentId);
                }
            }
            if (hasChildren && targets.size() == 1 && !targets.contains(null)) {
                String target = targets.iterator().next();
                CrosswalkType type = target.equals(old.id) ? CrosswalkType.RENAMED : CrosswalkType.MERGED;
                addLink(old.id, target, type, "下位の項目の移設先", old.line);
                continue;
            }
            addLink(old.id, null, CrosswalkType.REMOVED, null, old.line);
        }
        for (Draft added : r5.nodes.values()) {
            boolean heading = added.kind == NodeKind.PART
                    || added.kind == NodeKind.SECTION
                    || added.kind == NodeKind.ITEM
                    || added.kind == NodeKind.GROUP;
            if (!heading
                    || r5.quoted.contains(added.id)
                    || linkedR5.contains(added.id)
                    || unchangedR5.contains(added.id)) {
                continue;
            }
            Draft same = r3.nodes.get(added.id);
            if (same != null
                    && !linkedR3.contains(same.id)
                    && normalized(same.title).equals(normalized(added.title))) {
                continue;
            }
            String note = r5.notes.getOrDefault(added.id, "");
            addLink(null, added.id, CrosswalkType.NEW, note.contains("新設") ? "新設" : null, added.line);
        }
    }

    private Draft bestUnder(String prefix, String title) {
        Draft exact = null;
        Draft best = null;
        double bestSimilarity = 0;
        for (Draft d : r5.nodes.values()) {
            if (!d.id.equals(prefix) && !d.id.startsWith(prefix + "(")) {
                continue;
            }
            if (title != null && title.equals(d.title)) {
                exact = d;
            }
            double s = dev.toitsu.catalog.domain.TextSimilarity.similarity(title, d.title);
            if (!d.id.equals(prefix) && s > bestSimilarity) {
                bestSimilarity = s;
                best = d;
            }
        }
        if (exact != null) {
            return exact;
        }
        return best != null && bestSimilarity >= 0.4 ? best : r5.nodes.get(prefix);
    }

    private static Draft mostSimilar(Draft old, List<Draft> candidates) {
        Draft best = null;
        double bestSimilarity = 0;
        for (Draft d : candidates) {
            double s = dev.toitsu.catalog.domain.TextSimilarity.similarity(old.title, d.title);
            if (s > bestSimilarity) {
                bestSimilarity = s;
                best = d;
            }
        }
        return bestSimilarity >= 0.45 ? best : null;
    }

    /** The part of a heading id: 「6.4.1(2)」 → 「6」. */
    private static String part(String id) {
        Matcher m = Pattern.compile("^第?(\\d+)").matcher(id);
        return m.find() ? m.group(1) : "";
    }

    /** Where most of an R3 part went in R5: 第6部 and 第7部 were swapped (000 L210-213). */
    private static String r5Part(String r3Id) {
        String part = part(r3Id);
        return part.equals("6") ? "7" : part.equals("7") ? "6" : part;
    }

    private static double similarity(String a, String b) {
        return dev.toitsu.catalog.domain.TextSimilarity.similarity(a, b);
    }

    private static String normalized(String title) {
        return dev.toitsu.catalog.domain.TextSimilarity.normalize(title);
    }

    // ---- output ---------------------------------------------------------------------------------------------

    private static Outline outline(Edition edition) {
        Map<String, List<Draft>> children = new HashMap<>();
        List<Draft> roots = new ArrayList<>();
        for (Draft d : edition.nodes.values()) {
            if (d.parentId == null || !edition.nodes.containsKey(d.parentId)) {
                roots.add(d);
            } else {
                children.computeIfAbsent(d.parentId, k -> new ArrayList<>()).add(d);
            }
        }
        java.util.Comparator<Draft> order = (a, b) -> a.kind == NodeKind.TABLE_ROW && b.kind == NodeKind.TABLE_ROW
                ? Integer.compare(a.line, b.line)
                : compareIds(a.id, b.id);
        roots.sort(order);
        children.values().forEach(list -> list.sort(order));
        Set<String> outlineOnly = new HashSet<>();
        for (Draft d : edition.nodes.values()) {
            if (!edition.quoted.contains(d.id)) {
                outlineOnly.add(d.id);
            }
        }
        return new Outline(
                roots.stream().map(r -> clause(r, children)).toList(), Map.copyOf(edition.notes), outlineOnly);
    }

    private static ClauseNode clause(Draft d, Map<String, List<Draft>> children) {
        String all = (d.title == null ? "" : d.title) + " " + d.text;
        return new ClauseNode(
                d.id,
                d.kind,
                d.title,
                d.text,
                d.line,
                d.tier,
                RoleNames.mentionedIn(all),
                List.of(),
                d.title == null && d.text.isEmpty(),
                List.of(),
                children.getOrDefault(d.id, List.of()).stream()
                        .map(c -> clause(c, children))
                        .toList());
    }

    /**
     * Orders ids as the documents number them: 第2部 before 第10部, 2.1.2 before 2.1.10, (2) before (10), a
     * heading before its measures and tables.
     */
    static int compareIds(String a, String b) {
        List<Object> x = keys(a);
        List<Object> y = keys(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            Object p = x.get(i);
            Object q = y.get(i);
            int c;
            if (p instanceof Integer m && q instanceof Integer n) {
                c = Integer.compare(m, n);
            } else if (p instanceof Integer) {
                c = -1;
            } else if (q instanceof Integer) {
                c = 1;
            } else {
                c = ((String) p).compareTo((String) q);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static List<Object> keys(String id) {
        List<Object> keys = new ArrayList<>();
        Matcher m = Pattern.compile("\\d+|[^\\d]+").matcher(id);
        while (m.find()) {
            String token = m.group();
            keys.add(Character.isDigit(token.charAt(0)) ? (Object) Integer.parseInt(token) : token);
        }
        return keys;
    }
}
