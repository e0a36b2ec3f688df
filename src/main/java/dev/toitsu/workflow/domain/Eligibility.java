package dev.toitsu.workflow.domain;

import dev.toitsu.organization.OrganizationDirectory;
import dev.toitsu.organization.RoleGrant;
import dev.toitsu.organization.ScopeKind;
import dev.toitsu.workflow.ApprovalRequest;
import dev.toitsu.workflow.RequestState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may decide the current step of a request: a holder of the step's role at its scope, the assignee after an
 * escalation, or the delegate of either during their absence (代理). Separation of duties is checked on top of this,
 * for the delegate and for the person they stand in for.
 */
@Component
public class Eligibility {

    private final OrganizationDirectory directory;
    private final DelegationRepository delegations;

    Eligibility(OrganizationDirectory directory, DelegationRepository delegations) {
        this.directory = directory;
        this.delegations = delegations;
    }

    /** The person decides in their own right ({@code onBehalfOf} null) or for an absent principal. */
    public record Authority(UUID personId, UUID onBehalfOf, String roleName) {}

    public Optional<Authority> authority(ApprovalRequest r, UUID personId, LocalDate today) {
        if (r.state() != RequestState.SUBMITTED) {
            return Optional.empty();
        }
        Optional<String> own = holds(r, personId, today);
        if (own.isPresent()) {
            return Optional.of(new Authority(personId, null, own.get()));
        }
        for (UUID principal : delegations.principalsOf(personId, today)) {
            Optional<String> theirs = holds(r, principal, today);
            if (theirs.isPresent()) {
                return Optional.of(new Authority(personId, principal, theirs.get()));
            }
        }
        return Optional.empty();
    }

    /** The role name under which the person decides this step, if they hold it. */
    Optional<String> holds(ApprovalRequest r, UUID personId, LocalDate today) {
        List<RoleGrant> grants = directory.grantsOf(personId, today);
        if (r.stepAssigneeId() != null) {
            if (!r.stepAssigneeId().equals(personId)) {
                return Optional.empty();
            }
            return Optional.of(grants.stream()
                    .filter(g -> g.roleCode().equals(r.stepRoleCode()))
                    .map(RoleGrant::roleName)
                    .findFirst()
                    .orElse(grants.isEmpty() ? "" : grants.get(0).roleName()));
        }
        return grants.stream()
                .filter(g -> matches(r, g))
                .map(RoleGrant::roleName)
                .findFirst();
    }

    private static boolean matches(ApprovalRequest r, RoleGrant g) {
        if (!g.roleCode().equals(r.stepRoleCode())) {
            return false;
        }
        if (r.stepAnyScope()) {
            return true;
        }
        if (r.stepScopeUnitId() == null) {
            return g.scopeKind() == ScopeKind.ORGANIZATION;
        }
        return g.scopeKind() == ScopeKind.UNIT && r.stepScopeUnitId().equals(g.scopeId());
    }

    /** The roles (with units) and people whose open steps the person sees in "waiting for my decision". */
    public record Inbox(Set<RequestRepository.Authority> roles, Set<UUID> people) {}

    public Inbox inbox(UUID personId, LocalDate today) {
        Set<RequestRepository.Authority> roles = new LinkedHashSet<>();
        Set<UUID> people = new LinkedHashSet<>();
        List<UUID> principals = new ArrayList<>();
        principals.add(personId);
        principals.addAll(delegations.principalsOf(personId, today));
        for (UUID p : principals) {
            people.add(p);
            for (RoleGrant g : directory.grantsOf(p, today)) {
                roles.add(new RequestRepository.Authority(
                        g.roleCode(), g.scopeKind() == ScopeKind.ORGANIZATION ? null : g.scopeId()));
            }
        }
        return new Inbox(roles, people);
    }
}
