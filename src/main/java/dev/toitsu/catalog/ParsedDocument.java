package dev.toitsu.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The clause tree of one regulation text plus every line that could not be placed in it. */
public record ParsedDocument(
        DocumentStyle style, List<ClauseNode> roots, List<UnplacedLine> unplaced, ParseStats stats) {

    public ParsedDocument {
        roots = List.copyOf(roots);
        unplaced = List.copyOf(unplaced);
    }

    /** All nodes, depth first in document order. */
    public Stream<ClauseNode> nodes() {
        return roots.stream().flatMap(ClauseNode::flatten);
    }

    public Optional<ClauseNode> find(String id) {
        return nodes().filter(n -> n.id().equals(id)).findFirst();
    }
}
