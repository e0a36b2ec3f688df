package dev.toitsu.workflow.domain;

import dev.toitsu.organization.Escalation;
import dev.toitsu.organization.RoleAssignments;
import dev.toitsu.organization.RoleHolder;
import dev.toitsu.organization.ScopeKind;
import dev.toitsu.organization.SeparationOfDuties;
import dev.toitsu.organization.Unit;
import dev.toitsu.organization.Units;
import dev.toitsu.shared.DomainException;
import dev.toitsu.workflow.ApproverScope;
import dev.toitsu.workflow.RequestType;
import dev.toitsu.workflow.RouteStep;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Finds who decides a route step: the holders of the step's role for the applicant's unit or the nearest unit above
 * it (APPLICANT_UNIT), for the whole organization, or anywhere (ANY). When the only holder is the applicant, the
 * step goes to their superior (001 1.2.1.2(2)(a)): nobody approves their own application.
 */
@Component
public class Routing {

    private final Units units;
    private final RoleAssignments assignments;
    private final SeparationOfDuties separation;

    Routing(Units units, RoleAssignments assignments, SeparationOfDuties separation) {
        this.units = units;
        this.assignments = assignments;
        this.separation = separation;
    }

    /** A step resolved: where it waits, and whom to tell. */
    public record Resolved(RequestRepository.Step step, List<UUID> approvers) {}

    public Resolved resolve(RequestType type, int index, UUID applicantId, UUID applicantUnitId, LocalDate today) {
        RouteStep s = type.route().get(index);
        UUID scopeUnit = null;
        List<RoleHolder> holders = List.of();
        if (s.scope() == ApproverScope.APPLICANT_UNIT && applicantUnitId != null) {
            Map<UUID, UUID> parents = new HashMap<>();
            for (Unit u : units.list()) {
                parents.put(u.id(), u.parentId());
            }
            for (UUID unit = applicantUnitId; unit != null; unit = parents.get(unit)) {
                List<RoleHolder> found = assignments.holdersInUnit(unit).stream()
                        .filter(h -> h.roleCode().equals(s.roleCode()))
                        .toList();
                if (!found.isEmpty()) {
                    scopeUnit = unit;
                    holders = found;
                    break;
                }
            }
        }
        boolean any = s.scope() == ApproverScope.ANY;
        if (holders.isEmpty()) {
            holders = assignments.holders().stream()
                    .filter(h -> h.roleCode().equals(s.roleCode()))
                    .filter(h -> any || h.scopeKind() == ScopeKind.ORGANIZATION)
                    .toList();
        }
        if (holders.isEmpty()) {
            throw new DomainException("workflow.route.vacant", s.label());
        }
        List<UUID> people = new ArrayList<>(
                holders.stream().map(RoleHolder::personId).distinct().toList());
        UUID assignee = null;
        if (people.stream().allMatch(applicantId::equals)) {
            Escalation superior = separation
                    .escalationFor(applicantId)
                    .orElseThrow(() -> new DomainException("workflow.route.noEscalation", s.label()));
            assignee = superior.personId();
            people = List.of(assignee);
        } else {
            people.remove(applicantId);
        }
        return new Resolved(
                new RequestRepository.Step(
                        index,
                        s.roleCode(),
                        scopeUnit,
                        any,
                        assignee,
                        today.plusDays(type.decisionDays()),
                        List.copyOf(people)),
                List.copyOf(people));
    }
}
