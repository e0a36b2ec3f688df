package dev.toitsu.registry.domain;

import dev.toitsu.organization.OrganizationDirectory;
import dev.toitsu.organization.RoleGrant;
import dev.toitsu.organization.ScopeKind;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.Permission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Works out {@link RegisterScope}s. Reading needs {@link Permission#REGISTRY_READ} (or keeping rights), keeping needs
 * {@link Permission#REGISTRY_ADMINISTER}; either organization-wide, for a unit and the units below it (a 課室 sees
 * its own), or — through a system-scoped role, which the actor's grants leave out — for one system.
 */
@Component
public class RegisterAccess {

    private final OrganizationDirectory directory;
    private final Clock clock;

    RegisterAccess(OrganizationDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public RegisterScope readScope() {
        return scope(Actors.current(), Set.of(Permission.REGISTRY_READ, Permission.REGISTRY_ADMINISTER));
    }

    public RegisterScope keepScope() {
        return scope(Actors.current(), Set.of(Permission.REGISTRY_ADMINISTER));
    }

    /** A read scope that is not empty, or access denied. */
    public RegisterScope reader() {
        RegisterScope scope = readScope();
        if (scope.isEmpty()) {
            throw new AccessDeniedException("error.forbidden");
        }
        return scope;
    }

    public RegisterScope keeper() {
        RegisterScope scope = keepScope();
        if (scope.isEmpty()) {
            throw new AccessDeniedException("error.forbidden");
        }
        return scope;
    }

    RegisterScope scope(Actor actor, Set<Permission> permissions) {
        boolean organizationWide =
                actor.grants().stream().anyMatch(g -> g.unitId() == null && permissions.contains(g.permission()));
        Set<UUID> units = new HashSet<>();
        Set<UUID> systems = new HashSet<>();
        if (!organizationWide) {
            actor.grants().stream()
                    .filter(g -> g.unitId() != null && permissions.contains(g.permission()))
                    .map(Actor.Grant::unitId)
                    .distinct()
                    .forEach(u -> units.addAll(directory.unitWithDescendants(u)));
        }
        if (actor.personId() != null) {
            for (RoleGrant role : directory.grantsOf(actor.personId(), LocalDate.now(clock))) {
                if (role.scopeKind() == ScopeKind.SYSTEM
                        && role.scopeId() != null
                        && role.permissions().stream().anyMatch(permissions::contains)) {
                    systems.add(role.scopeId());
                }
            }
        }
        return new RegisterScope(actor.organizationId(), organizationWide, units, systems);
    }
}
