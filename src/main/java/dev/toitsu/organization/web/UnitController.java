package dev.toitsu.organization.web;

import dev.toitsu.organization.AssignmentDraft;
import dev.toitsu.organization.People;
import dev.toitsu.organization.Person;
import dev.toitsu.organization.RoleAssignments;
import dev.toitsu.organization.RoleDefinition;
import dev.toitsu.organization.Roles;
import dev.toitsu.organization.ScopeKind;
import dev.toitsu.organization.Unit;
import dev.toitsu.organization.UnitKind;
import dev.toitsu.organization.Units;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.Permission;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 部局・課室: the tree, one unit with its people and role holders, and their administration. */
@Controller
@RequestMapping("/units")
class UnitController {

    private final Units units;
    private final People people;
    private final Roles roles;
    private final RoleAssignments assignments;
    private final PageActions actions;
    private final UnitTreeMarkup treeMarkup;

    UnitController(
            Units units,
            People people,
            Roles roles,
            RoleAssignments assignments,
            PageActions actions,
            UnitTreeMarkup treeMarkup) {
        this.treeMarkup = treeMarkup;
        this.units = units;
        this.people = people;
        this.roles = roles;
        this.assignments = assignments;
        this.actions = actions;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    String tree(Model model, jakarta.servlet.http.HttpServletRequest request) {
        var tree = units.tree();
        model.addAttribute("tree", tree);
        model.addAttribute("treeMarkup", treeMarkup.render(tree, request.getContextPath() + "/units"));
        if (Actors.current().can(Permission.ORGANIZATION_ADMINISTER)) {
            model.addAttribute("parents", units.administrable());
            model.addAttribute(
                    "canCreateTopLevel", Actors.current().canOrganizationWide(Permission.ORGANIZATION_ADMINISTER));
            if (!model.containsAttribute("form")) {
                model.addAttribute("form", new UnitForm());
            }
        }
        model.addAttribute("kinds", UnitKind.values());
        return "organization/units";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String create(
            @Validated @ModelAttribute("form") UnitForm form,
            BindingResult binding,
            Model model,
            jakarta.servlet.http.HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Unit created = units.create(form.draft());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/units/" + created.id();
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            }
        }
        return tree(model, request);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    String unit(@PathVariable UUID id, Model model) {
        Unit unit = units.get(id);
        List<Unit> all = units.list();
        model.addAttribute("unit", unit);
        model.addAttribute("path", path(all, unit));
        model.addAttribute(
                "children", all.stream().filter(u -> id.equals(u.parentId())).toList());
        model.addAttribute("people", people.inUnit(id));
        model.addAttribute("holders", assignments.holdersInUnit(id));
        model.addAttribute(
                "vacancies",
                assignments.vacancies().stream()
                        .filter(v -> id.equals(v.unitId()))
                        .toList());
        model.addAttribute("kinds", UnitKind.values());
        boolean administrable = Actors.current().can(Permission.ORGANIZATION_ADMINISTER)
                && units.administrable().stream().anyMatch(u -> u.id().equals(id));
        model.addAttribute("administrable", administrable);
        if (administrable) {
            if (!model.containsAttribute("form")) {
                model.addAttribute("form", UnitForm.of(unit));
            }
            if (!model.containsAttribute("assignment")) {
                model.addAttribute("assignment", new AssignmentForm());
            }
            model.addAttribute(
                    "parents",
                    units.administrable().stream()
                            .filter(u -> !u.id().equals(id))
                            .toList());
            model.addAttribute(
                    "unitRoles",
                    roles.all().stream()
                            .filter(RoleDefinition::active)
                            .filter(r -> r.scopeKind() != ScopeKind.SYSTEM)
                            .toList());
        }
        return "organization/unit";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String revise(
            @PathVariable UUID id,
            @Validated @ModelAttribute("form") UnitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                units.revise(id, form.getVersion(), form.draft());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/units/" + id;
            } catch (DomainException e) {
                if (FormErrors.isStale(e)) {
                    form.setVersion(units.get(id).version()); // keep the input; the next save is deliberate
                }
                FormErrors.reject(binding, e);
            }
        }
        return unit(id, model);
    }

    @PostMapping("/{id}/move")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String move(
            @PathVariable UUID id,
            @RequestParam(required = false) UUID parentId,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> units.move(id, version, parentId));
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String deactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, () -> units.deactivate(id, version));
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String reactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, () -> units.reactivate(id, version));
    }

    @PostMapping("/{id}/assignments")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String assign(
            @PathVariable UUID id,
            @Validated @ModelAttribute("assignment") AssignmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        Optional<Person> person = people.byEmployeeNumber(form.getPerson());
        if (person.isEmpty() && !binding.hasFieldErrors("person")) {
            binding.rejectValue("person", "organization.assignment.person.unknown");
        }
        if (!binding.hasErrors()) {
            try {
                assignments.assign(new AssignmentDraft(
                        person.get().id(),
                        form.getRoleId(),
                        ScopeKind.UNIT,
                        id,
                        form.getStartsOn(),
                        form.getEndsOn(),
                        form.getNote()));
                redirect.addFlashAttribute("flash", "organization.assignment.saved");
                return "redirect:/units/" + id;
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            }
        }
        return unit(id, model);
    }

    private String act(UUID id, RedirectAttributes redirect, Runnable action) {
        return actions.run("/units/" + id, redirect, action);
    }

    private static List<Unit> path(List<Unit> all, Unit unit) {
        java.util.LinkedList<Unit> path = new java.util.LinkedList<>();
        java.util.Map<UUID, Unit> byId = new java.util.HashMap<>();
        all.forEach(u -> byId.put(u.id(), u));
        Unit current = byId.get(unit.parentId() == null ? null : unit.parentId());
        while (current != null && path.size() < 100) {
            path.addFirst(current);
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return path;
    }
}
