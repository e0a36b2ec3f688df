package dev.toitsu.organization.domain;

import dev.toitsu.organization.Unit;
import dev.toitsu.organization.UnitKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The 部局 → 課室 tree of one organization, loaded whole (an organization has at most about a thousand units):
 * ancestry for unit-scoped permissions and role scopes, and the rule that a move never makes a cycle.
 */
public final class UnitTree {

    /** The parts of a unit the tree needs. */
    public record Node(UUID id, UUID parentId, UnitKind kind, boolean active, String name) {}

    private final Map<UUID, Node> nodes = new LinkedHashMap<>();
    private final Map<UUID, List<UUID>> children = new HashMap<>();

    public UnitTree(Collection<Node> units) {
        units.forEach(n -> nodes.put(n.id(), n));
        units.forEach(n ->
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n.id()));
    }

    public static UnitTree of(Collection<Unit> units) {
        return new UnitTree(units.stream()
                .map(u -> new Node(u.id(), u.parentId(), u.kind(), u.active(), u.name()))
                .toList());
    }

    public boolean contains(UUID id) {
        return id != null && nodes.containsKey(id);
    }

    public Optional<Node> node(UUID id) {
        return Optional.ofNullable(id == null ? null : nodes.get(id));
    }

    public Collection<Node> nodes() {
        return nodes.values();
    }

    /** The unit, its parent, its parent's parent ... up to the top (stops at a cycle left by bad data). */
    public List<UUID> ancestorsOrSelf(UUID id) {
        List<UUID> path = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        UUID current = id;
        while (current != null && nodes.containsKey(current) && seen.add(current)) {
            path.add(current);
            current = nodes.get(current).parentId();
        }
        return path;
    }

    /** True when {@code unit} is {@code root} or lies below it. */
    public boolean isWithin(UUID unit, UUID root) {
        return unit != null && root != null && ancestorsOrSelf(unit).contains(root);
    }

    /** Two unit scopes overlap when one contains the other. */
    public boolean overlaps(UUID a, UUID b) {
        return isWithin(a, b) || isWithin(b, a);
    }

    /** Moving {@code unit} under {@code newParent} would make a unit its own ancestor. */
    public boolean wouldCreateCycle(UUID unit, UUID newParent) {
        return newParent != null && isWithin(newParent, unit);
    }

    public int depth(UUID id) {
        return Math.max(0, ancestorsOrSelf(id).size() - 1);
    }

    /** The unit and every unit below it. */
    public Set<UUID> subtree(UUID root) {
        Set<UUID> result = new LinkedHashSet<>();
        if (!nodes.containsKey(root)) {
            return result;
        }
        List<UUID> queue = new ArrayList<>(List.of(root));
        while (!queue.isEmpty()) {
            UUID next = queue.remove(queue.size() - 1);
            if (result.add(next)) {
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    /** Ids in tree order: depth first from the top-level units, siblings in the order they were given. */
    public List<UUID> depthFirst() {
        List<UUID> order = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        nodes.values().stream()
                .filter(n -> n.parentId() == null || !nodes.containsKey(n.parentId()))
                .forEach(n -> walk(n.id(), order, seen));
        return order;
    }

    private void walk(UUID id, List<UUID> order, Set<UUID> seen) {
        if (!seen.add(id)) {
            return;
        }
        order.add(id);
        children.getOrDefault(id, List.of()).forEach(c -> walk(c, order, seen));
    }

    public List<UUID> childrenOf(UUID id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }
}
