package dev.toitsu.catalog.domain;

import dev.toitsu.catalog.CrosswalkLink;
import dev.toitsu.catalog.CrosswalkType;
import dev.toitsu.catalog.EditionComparison;
import dev.toitsu.catalog.EditionComparison.Basis;
import dev.toitsu.catalog.EditionComparison.Change;
import dev.toitsu.catalog.EditionComparison.ChangeType;
import dev.toitsu.catalog.EditionSummary;
import dev.toitsu.catalog.NodeKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Pairs the clauses of two editions: first by stored crosswalk links (either direction), then by identical id,
 * then by text similarity among what is left; whatever stays unpaired was added or removed.
 */
@Component
public class EditionComparer {

    /** Headings and clauses; captions (趣旨, 遵守事項), bullets and table rows are compared as part of their parent. */
    static final Set<NodeKind> COMPARED = EnumSet.of(
            NodeKind.SECTION,
            NodeKind.ITEM,
            NodeKind.GROUP,
            NodeKind.CIRCLED,
            NodeKind.REQUIREMENT,
            NodeKind.BASELINE_MEASURE,
            NodeKind.SUB_ITEM);

    /** Below this a same-id pair is treated as two different clauses. */
    static final double SAME_ID_FLOOR = 0.2;
    /** At or above this two clauses with different ids are the same clause moved. */
    static final double MOVED_THRESHOLD = 0.6;

    private record Entry(NodeRow row, String content, Set<String> grams) {
        String label() {
            return row.title() != null && !row.title().isBlank() ? row.title() : row.text();
        }
    }

    public EditionComparison compare(
            EditionSummary from,
            List<NodeRow> fromRows,
            EditionSummary to,
            List<NodeRow> toRows,
            List<CrosswalkLink> forward,
            List<CrosswalkLink> backward) {
        Map<String, Entry> left = entries(fromRows);
        Map<String, Entry> right = entries(toRows);
        Set<String> pairedLeft = new HashSet<>();
        Set<String> pairedRight = new HashSet<>();
        List<Change> changes = new ArrayList<>();

        for (CrosswalkLink link : forward) {
            crosswalk(
                    link.type(),
                    link.fromNodeId(),
                    link.toNodeId(),
                    link.note(),
                    left,
                    right,
                    pairedLeft,
                    pairedRight,
                    changes);
        }
        for (CrosswalkLink link : backward) {
            crosswalk(
                    reverse(link.type()),
                    link.toNodeId(),
                    link.fromNodeId(),
                    link.note(),
                    left,
                    right,
                    pairedLeft,
                    pairedRight,
                    changes);
        }

        int unchanged = 0;
        for (Entry l : left.values()) {
            if (pairedLeft.contains(l.row().nodeId())) {
                continue;
            }
            Entry r = right.get(l.row().nodeId());
            if (r == null || pairedRight.contains(r.row().nodeId())) {
                continue;
            }
            double similarity = TextSimilarity.jaccard(l.grams(), r.grams());
            if (l.content().equals(r.content())) {
                unchanged++;
            } else if (!Objects.equals(normalizedTitle(l), normalizedTitle(r))
                    && TextSimilarity.normalize(l.row().text())
                            .equals(TextSimilarity.normalize(r.row().text()))) {
                changes.add(change(ChangeType.RENAMED, l, r, similarity, Basis.SAME_ID, null));
            } else if (similarity >= SAME_ID_FLOOR) {
                changes.add(change(ChangeType.REWORDED, l, r, similarity, Basis.SAME_ID, null));
            } else {
                continue;
            }
            pairedLeft.add(l.row().nodeId());
            pairedRight.add(r.row().nodeId());
        }

        for (Entry l : left.values()) {
            if (pairedLeft.contains(l.row().nodeId())) {
                continue;
            }
            Entry best = null;
            double bestSimilarity = 0;
            for (Entry r : right.values()) {
                if (pairedRight.contains(r.row().nodeId())
                        || r.row().kind() != l.row().kind()) {
                    continue;
                }
                double similarity = TextSimilarity.jaccard(l.grams(), r.grams());
                if (similarity > bestSimilarity) {
                    bestSimilarity = similarity;
                    best = r;
                }
            }
            if (best != null && bestSimilarity >= MOVED_THRESHOLD) {
                changes.add(change(ChangeType.MOVED, l, best, bestSimilarity, Basis.SIMILARITY, null));
                pairedLeft.add(l.row().nodeId());
                pairedRight.add(best.row().nodeId());
            } else {
                changes.add(change(ChangeType.REMOVED, l, null, -1, Basis.NONE, null));
            }
        }
        for (Entry r : right.values()) {
            if (!pairedRight.contains(r.row().nodeId())) {
                changes.add(change(ChangeType.ADDED, null, r, -1, Basis.NONE, null));
            }
        }
        Map<ChangeType, Integer> counts = new EnumMap<>(ChangeType.class);
        changes.forEach(c -> counts.merge(c.type(), 1, Integer::sum));
        return new EditionComparison(from, to, changes, counts, unchanged);
    }

    private static void crosswalk(
            CrosswalkType type,
            String fromId,
            String toId,
            String note,
            Map<String, Entry> left,
            Map<String, Entry> right,
            Set<String> pairedLeft,
            Set<String> pairedRight,
            List<Change> changes) {
        Entry l = fromId == null ? null : left.get(fromId);
        Entry r = toId == null ? null : right.get(toId);
        if (l == null && r == null) {
            return;
        }
        double similarity = l != null && r != null ? TextSimilarity.jaccard(l.grams(), r.grams()) : -1;
        ChangeType changeType = switch (type) {
            case NEW -> ChangeType.ADDED;
            case REMOVED -> ChangeType.REMOVED;
            case MOVED -> ChangeType.MOVED;
            case RENAMED -> ChangeType.RENAMED;
            case SPLIT -> ChangeType.SPLIT;
            case MERGED -> ChangeType.MERGED;
            case REWORDED -> ChangeType.REWORDED;
        };
        changes.add(change(changeType, l, r, similarity, Basis.CROSSWALK, note));
        // a clause split into several (or several merged into one) keeps pairing on the other side
        if (l != null && type != CrosswalkType.SPLIT) {
            pairedLeft.add(l.row().nodeId());
        }
        if (r != null && type != CrosswalkType.MERGED) {
            pairedRight.add(r.row().nodeId());
        }
    }

    private static CrosswalkType reverse(CrosswalkType type) {
        return switch (type) {
            case NEW -> CrosswalkType.REMOVED;
            case REMOVED -> CrosswalkType.NEW;
            case SPLIT -> CrosswalkType.MERGED;
            case MERGED -> CrosswalkType.SPLIT;
            default -> type;
        };
    }

    private static Change change(ChangeType type, Entry l, Entry r, double similarity, Basis basis, String note) {
        return new Change(
                type,
                l == null ? null : l.row().nodeId(),
                l == null ? null : l.label(),
                r == null ? null : r.row().nodeId(),
                r == null ? null : r.label(),
                similarity,
                basis,
                note);
    }

    private static String normalizedTitle(Entry entry) {
        return TextSimilarity.normalize(entry.row().title());
    }

    private static Map<String, Entry> entries(List<NodeRow> rows) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeRow row : rows) {
            if (COMPARED.contains(row.kind())) {
                String content = TextSimilarity.normalize((row.title() == null ? "" : row.title()) + row.text());
                entries.put(row.nodeId(), new Entry(row, content, TextSimilarity.bigrams(content)));
            }
        }
        return entries;
    }
}
