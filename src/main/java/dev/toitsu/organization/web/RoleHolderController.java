package dev.toitsu.organization.web;

import dev.toitsu.organization.RoleAssignments;
import dev.toitsu.organization.RoleHolder;
import dev.toitsu.organization.ScopeKind;
import dev.toitsu.organization.Unit;
import dev.toitsu.organization.Units;
import dev.toitsu.organization.Vacancy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Who holds which role today, by role or by unit, with the vacancies among the standard roles first. */
@Controller
class RoleHolderController {

    private final RoleAssignments assignments;
    private final Units units;

    RoleHolderController(RoleAssignments assignments, Units units) {
        this.assignments = assignments;
        this.units = units;
    }

    /** The holders of one unit, and the unit's vacancies, for the by-unit view. */
    record UnitHolders(Unit unit, List<RoleHolder> holders, List<Vacancy> vacancies) {}

    @GetMapping("/role-holders")
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    String holders(@RequestParam(defaultValue = "role") String view, Model model) {
        List<RoleHolder> holders = assignments.holders();
        List<Vacancy> vacancies = assignments.vacancies();
        model.addAttribute("vacancies", vacancies);
        model.addAttribute("view", "unit".equals(view) ? "unit" : "role");
        if ("unit".equals(view)) {
            Map<UUID, List<RoleHolder>> byUnit = holders.stream()
                    .filter(h -> h.scopeKind() == ScopeKind.UNIT)
                    .collect(Collectors.groupingBy(RoleHolder::scopeId));
            Map<UUID, List<Vacancy>> vacant =
                    vacancies.stream().filter(v -> v.unitId() != null).collect(Collectors.groupingBy(Vacancy::unitId));
            model.addAttribute(
                    "units",
                    units.list().stream()
                            .filter(Unit::active)
                            .map(u -> new UnitHolders(
                                    u, byUnit.getOrDefault(u.id(), List.of()), vacant.getOrDefault(u.id(), List.of())))
                            .toList());
            model.addAttribute(
                    "organizationHolders",
                    holders.stream()
                            .filter(h -> h.scopeKind() != ScopeKind.UNIT)
                            .toList());
        } else {
            Map<String, List<RoleHolder>> byRole = new LinkedHashMap<>();
            holders.forEach(h -> byRole.computeIfAbsent(h.roleCode(), k -> new java.util.ArrayList<>())
                    .add(h));
            model.addAttribute("byRole", byRole);
        }
        return "organization/role-holders";
    }
}
