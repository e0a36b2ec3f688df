package dev.toitsu.organization;

import java.util.List;

/** A unit with the units directly below it, for the tree page. */
public record UnitNode(Unit unit, List<UnitNode> children) {

    public UnitNode {
        children = List.copyOf(children);
    }
}
