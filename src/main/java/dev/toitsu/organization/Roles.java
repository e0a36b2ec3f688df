package dev.toitsu.organization;

import dev.toitsu.organization.domain.DirectoryAccess;
import dev.toitsu.organization.domain.DirectoryChanges;
import dev.toitsu.organization.domain.RoleRepository;
import dev.toitsu.organization.domain.State;
import dev.toitsu.organization.domain.Texts;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roles of the actor's organization. The standard's roles are seeded: they are renamed, described and
 * deactivated, never deleted and never given other permissions. The organization adds its own roles with the
 * permissions and scope kind it chooses. Changes need organization-wide administration.
 */
@Service
@Transactional
public class Roles {

    private final RoleRepository roles;
    private final DirectoryChanges changes;

    Roles(RoleRepository roles, DirectoryChanges changes) {
        this.roles = roles;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public List<RoleDefinition> all() {
        Actor actor = DirectoryAccess.reader();
        return roles.all(actor.organizationId());
    }

    @Transactional(readOnly = true)
    public RoleDefinition get(UUID id) {
        Actor actor = DirectoryAccess.reader();
        return find(actor, id);
    }

    public RoleDefinition add(RoleDraft draft) {
        Actor actor = DirectoryAccess.organizationAdministrator();
        String code = Texts.required(draft.code(), 40, "organization.role.code");
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new DomainException("organization.role.code.invalid");
        }
        if (roles.findByCode(actor.organizationId(), code).isPresent()) {
            throw new ConflictException("organization.role.code.taken", code);
        }
        RoleDraft clean = validate(new RoleDraft(
                code,
                draft.name(),
                draft.nameEn(),
                draft.description(),
                Objects.requireNonNullElse(draft.scopeKind(), ScopeKind.ORGANIZATION),
                draft.permissions(),
                draft.contactList()));
        UUID id = roles.insert(actor.organizationId(), clean);
        changes.record(
                actor.organizationId(),
                "organization.role.added",
                "role",
                id,
                "役割を追加: " + clean.name(),
                null,
                state(clean));
        return find(actor, id);
    }

    /** Renames a role; an organization-specific role may also get other permissions. */
    public RoleDefinition revise(UUID id, long version, RoleDraft draft) {
        Actor actor = DirectoryAccess.organizationAdministrator();
        RoleDefinition current = find(actor, id);
        RoleDraft clean = validate(new RoleDraft(
                current.code(),
                draft.name(),
                draft.nameEn(),
                draft.description(),
                current.scopeKind(),
                current.standard() ? current.permissions() : draft.permissions(),
                draft.contactList()));
        roles.revise(id, version, clean);
        changes.record(
                actor.organizationId(),
                "organization.role.revised",
                "role",
                id,
                "役割を変更: " + clean.name(),
                state(draftOf(current)),
                state(clean));
        return find(actor, id);
    }

    /** A deactivated role grants nothing and is expected nowhere; its assignments stay as history. */
    public RoleDefinition deactivate(UUID id, long version) {
        return activate(id, version, false);
    }

    public RoleDefinition reactivate(UUID id, long version) {
        return activate(id, version, true);
    }

    private RoleDefinition activate(UUID id, long version, boolean active) {
        Actor actor = DirectoryAccess.organizationAdministrator();
        RoleDefinition current = find(actor, id);
        roles.activate(id, version, active);
        changes.record(
                actor.organizationId(),
                active ? "organization.role.reactivated" : "organization.role.deactivated",
                "role",
                id,
                (active ? "役割を有効化: " : "役割を無効化: ") + current.name(),
                State.of("active", current.active()),
                State.of("active", active));
        return find(actor, id);
    }

    private RoleDefinition find(Actor actor, UUID id) {
        return roles.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    private static RoleDraft validate(RoleDraft draft) {
        if (draft.permissions().contains(Permission.PLATFORM_ADMINISTER)) {
            // operating the deployment is a property of an account, never of an organization's role
            throw new DomainException("organization.role.permission.notAssignable");
        }
        return new RoleDraft(
                draft.code(),
                Texts.required(draft.name(), 200, "organization.role.name"),
                Texts.optional(draft.nameEn(), 200, "organization.role.nameEn"),
                Texts.optional(draft.description(), 2000, "organization.role.description"),
                draft.scopeKind(),
                draft.permissions(),
                draft.contactList());
    }

    private static RoleDraft draftOf(RoleDefinition r) {
        return new RoleDraft(
                r.code(), r.name(), r.nameEn(), r.description(), r.scopeKind(), r.permissions(), r.contactList());
    }

    private static Map<String, Object> state(RoleDraft d) {
        return State.of(
                "code", d.code(),
                "name", d.name(),
                "nameEn", d.nameEn(),
                "description", d.description(),
                "scopeKind", d.scopeKind(),
                "permissions", d.permissions().stream().map(Enum::name).sorted().toList(),
                "contactList", d.contactList());
    }
}
