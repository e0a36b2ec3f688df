package dev.toitsu.organization;

import dev.toitsu.organization.domain.DirectoryAccess;
import dev.toitsu.organization.domain.DirectoryChanges;
import dev.toitsu.organization.domain.State;
import dev.toitsu.organization.domain.Texts;
import dev.toitsu.organization.domain.UnitRepository;
import dev.toitsu.organization.domain.UnitTree;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 部局 and 課室 of the actor's organization: a tree of any depth. Units are created, renamed, moved (never below
 * themselves) and deactivated, never deleted; a unit that still has people, open role assignments or active units
 * below it stays active. A unit-scoped administrator reaches only their unit and the units below it.
 */
@Service
@Transactional
public class Units {

    private final UnitRepository units;
    private final DirectoryChanges changes;

    Units(UnitRepository units, DirectoryChanges changes) {
        this.units = units;
        this.changes = changes;
    }

    /** The whole tree, top-level units first, siblings in display order. */
    @Transactional(readOnly = true)
    public List<UnitNode> tree() {
        Actor actor = DirectoryAccess.reader();
        List<Unit> all = withDepth(units.all(actor.organizationId()));
        Map<UUID, List<Unit>> byParent = new HashMap<>();
        all.forEach(u ->
                byParent.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u));
        return all.stream()
                .filter(u -> u.depth() == 0)
                .map(u -> node(u, byParent))
                .toList();
    }

    /** Every unit in tree order, with its depth (for indented lists and selects). */
    @Transactional(readOnly = true)
    public List<Unit> list() {
        Actor actor = DirectoryAccess.reader();
        return withDepth(units.all(actor.organizationId()));
    }

    @Transactional(readOnly = true)
    public Unit get(UUID id) {
        Actor actor = DirectoryAccess.reader();
        return withDepth(units.all(actor.organizationId())).stream()
                .filter(u -> u.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    /** The units the actor may change: all of them, or the subtrees of their unit-scoped grants. */
    @Transactional(readOnly = true)
    public List<Unit> administrable() {
        Actor actor = DirectoryAccess.administrator();
        List<Unit> all = units.all(actor.organizationId());
        UnitTree tree = UnitTree.of(all);
        return withDepth(all).stream()
                .filter(u -> DirectoryAccess.administers(actor, tree, u.id()))
                .toList();
    }

    public Unit create(UnitDraft draft) {
        Actor actor = DirectoryAccess.administrator();
        UnitTree tree = units.tree(actor.organizationId());
        if (draft.parentId() == null) {
            DirectoryAccess.requireOrganizationWide(actor);
        } else {
            requireExisting(tree, draft.parentId());
            DirectoryAccess.requireUnit(actor, tree, draft.parentId());
        }
        UnitDraft clean = validate(draft);
        if (units.codeTaken(actor.organizationId(), clean.code(), null)) {
            throw new ConflictException("organization.unit.code.taken", clean.code());
        }
        UUID id = units.insert(actor.organizationId(), clean);
        changes.record(
                actor.organizationId(),
                "organization.unit.created",
                "unit",
                id,
                "部局・課室を作成: " + clean.name(),
                null,
                state(clean));
        return get(id);
    }

    /** Renames a unit, or changes its code, kind or display order. */
    public Unit revise(UUID id, long version, UnitDraft draft) {
        Actor actor = DirectoryAccess.administrator();
        UnitTree tree = units.tree(actor.organizationId());
        Unit current = find(actor, id);
        DirectoryAccess.requireUnit(actor, tree, id);
        UnitDraft clean = validate(new UnitDraft(
                current.parentId(), draft.code(), draft.name(), draft.nameEn(), draft.kind(), draft.sortOrder()));
        if (units.codeTaken(actor.organizationId(), clean.code(), id)) {
            throw new ConflictException("organization.unit.code.taken", clean.code());
        }
        units.revise(id, version, clean);
        changes.record(
                actor.organizationId(),
                "organization.unit.revised",
                "unit",
                id,
                "部局・課室を変更: " + clean.name(),
                state(draftOf(current)),
                state(clean));
        return get(id);
    }

    /** Moves a unit under another (null: to the top). The new parent may not be the unit or lie below it. */
    public Unit move(UUID id, long version, UUID newParentId) {
        Actor actor = DirectoryAccess.administrator();
        UnitTree tree = units.tree(actor.organizationId());
        Unit current = find(actor, id);
        DirectoryAccess.requireUnit(actor, tree, id);
        if (newParentId == null) {
            DirectoryAccess.requireOrganizationWide(actor);
        } else {
            requireExisting(tree, newParentId);
            DirectoryAccess.requireUnit(actor, tree, newParentId);
            if (tree.wouldCreateCycle(id, newParentId)) {
                throw new DomainException("organization.unit.move.cycle");
            }
        }
        units.move(id, version, newParentId);
        changes.record(
                actor.organizationId(),
                "organization.unit.moved",
                "unit",
                id,
                "部局・課室を移動: " + current.name(),
                State.of("parentId", current.parentId()),
                State.of("parentId", newParentId));
        return get(id);
    }

    /** Deactivates a unit nobody works in and no role is held for any more (history keeps referring to it). */
    public Unit deactivate(UUID id, long version) {
        Actor actor = DirectoryAccess.administrator();
        UnitTree tree = units.tree(actor.organizationId());
        Unit current = find(actor, id);
        DirectoryAccess.requireUnit(actor, tree, id);
        long references = units.activeReferences(id);
        if (references > 0) {
            throw new DomainException("organization.unit.deactivate.inUse", references);
        }
        units.activate(id, version, false);
        changes.record(
                actor.organizationId(),
                "organization.unit.deactivated",
                "unit",
                id,
                "部局・課室を廃止: " + current.name(),
                State.of("active", true),
                State.of("active", false));
        return get(id);
    }

    public Unit reactivate(UUID id, long version) {
        Actor actor = DirectoryAccess.administrator();
        UnitTree tree = units.tree(actor.organizationId());
        Unit current = find(actor, id);
        DirectoryAccess.requireUnit(actor, tree, id);
        units.activate(id, version, true);
        changes.record(
                actor.organizationId(),
                "organization.unit.reactivated",
                "unit",
                id,
                "部局・課室を再開: " + current.name(),
                State.of("active", false),
                State.of("active", true));
        return get(id);
    }

    /** Another organization's unit looks exactly like one that does not exist. */
    private Unit find(Actor actor, UUID id) {
        return units.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    private static void requireExisting(UnitTree tree, UUID id) {
        if (!tree.contains(id)) {
            throw new NotFoundException("error.notFound");
        }
    }

    private static UnitDraft draftOf(Unit unit) {
        return new UnitDraft(unit.parentId(), unit.code(), unit.name(), unit.nameEn(), unit.kind(), unit.sortOrder());
    }

    private static UnitDraft validate(UnitDraft draft) {
        String code = Texts.required(draft.code(), 40, "organization.unit.code");
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new DomainException("organization.unit.code.invalid");
        }
        return new UnitDraft(
                draft.parentId(),
                code,
                Texts.required(draft.name(), 200, "organization.unit.name"),
                Texts.optional(draft.nameEn(), 200, "organization.unit.nameEn"),
                Objects.requireNonNullElse(draft.kind(), UnitKind.OTHER),
                draft.sortOrder());
    }

    private static Map<String, Object> state(UnitDraft draft) {
        return State.of(
                "parentId", draft.parentId(),
                "code", draft.code(),
                "name", draft.name(),
                "nameEn", draft.nameEn(),
                "kind", draft.kind(),
                "sortOrder", draft.sortOrder());
    }

    static List<Unit> withDepth(List<Unit> all) {
        UnitTree tree = UnitTree.of(all);
        Map<UUID, Unit> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.id(), u));
        return tree.depthFirst().stream()
                .map(byId::get)
                .map(u -> new Unit(
                        u.id(),
                        u.parentId(),
                        u.code(),
                        u.name(),
                        u.nameEn(),
                        u.kind(),
                        u.sortOrder(),
                        u.active(),
                        tree.depth(u.id()),
                        u.version()))
                .toList();
    }

    private static UnitNode node(Unit unit, Map<UUID, List<Unit>> byParent) {
        return new UnitNode(
                unit,
                byParent.getOrDefault(unit.id(), List.of()).stream()
                        .map(c -> node(c, byParent))
                        .toList());
    }
}
