package dev.toitsu.organization.web;

import dev.toitsu.organization.AssignmentDraft;
import dev.toitsu.organization.People;
import dev.toitsu.organization.Person;
import dev.toitsu.organization.PersonKind;
import dev.toitsu.organization.PersonPage;
import dev.toitsu.organization.PersonQuery;
import dev.toitsu.organization.RoleAssignments;
import dev.toitsu.organization.RoleDefinition;
import dev.toitsu.organization.Roles;
import dev.toitsu.organization.ScopeKind;
import dev.toitsu.organization.Units;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.Permission;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 職員等: search and page, one person with their role history, registration, changes and transfers, and
 * appointing or ending roles. The account of a person is administered on {@code /people/{id}/account}, which the
 * identity module serves (organization does not depend on identity).
 */
@Controller
class PersonController {

    private final People people;
    private final Units units;
    private final Roles roles;
    private final RoleAssignments assignments;
    private final PageActions actions;
    private final Clock clock;

    PersonController(
            People people, Units units, Roles roles, RoleAssignments assignments, PageActions actions, Clock clock) {
        this.clock = clock;
        this.people = people;
        this.units = units;
        this.roles = roles;
        this.assignments = assignments;
        this.actions = actions;
    }

    @GetMapping("/people")
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID unit,
            @RequestParam(defaultValue = "false") boolean inactive,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        PersonPage result = people.search(new PersonQuery(q, unit, inactive), page, PersonPage.DEFAULT_SIZE);
        model.addAttribute("result", result);
        model.addAttribute("q", q);
        model.addAttribute("unit", unit);
        model.addAttribute("inactive", inactive);
        model.addAttribute("units", units.list());
        model.addAttribute("canRegister", Actors.current().can(Permission.ORGANIZATION_ADMINISTER));
        return "organization/people";
    }

    @GetMapping("/people/new")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String newPerson(Model model) {
        if (!model.containsAttribute("form")) {
            PersonForm form = new PersonForm();
            form.setJoinedOn(LocalDate.now(clock));
            model.addAttribute("form", form);
        }
        return editPage(model, null);
    }

    @PostMapping("/people")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String register(
            @Validated @ModelAttribute("form") PersonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        UUID superior = superior(form, binding);
        if (!binding.hasErrors()) {
            try {
                Person created = people.register(form.draft(superior));
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/people/" + created.id();
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            }
        }
        return editPage(model, null);
    }

    @GetMapping("/people/{id}")
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    String person(@PathVariable UUID id, Model model) {
        Person person = people.get(id);
        model.addAttribute("person", person);
        model.addAttribute("history", assignments.historyOf(id));
        model.addAttribute("today", LocalDate.now(clock));
        boolean administrable = people.administrable(id);
        model.addAttribute("administrable", administrable);
        if (Actors.current().can(Permission.ORGANIZATION_ADMINISTER)) {
            if (!model.containsAttribute("assignment")) {
                model.addAttribute("assignment", new AssignmentForm());
            }
            model.addAttribute(
                    "assignableRoles",
                    roles.all().stream().filter(RoleDefinition::active).toList());
            model.addAttribute("units", units.administrable());
        }
        return "organization/person";
    }

    @GetMapping("/people/{id}/edit")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String edit(@PathVariable UUID id, Model model) {
        Person person = people.get(id);
        if (!model.containsAttribute("form")) {
            String superiorNumber = person.superiorId() == null
                    ? null
                    : people.get(person.superiorId()).employeeNumber();
            model.addAttribute("form", PersonForm.of(person, superiorNumber));
        }
        return editPage(model, person);
    }

    @PostMapping("/people/{id}")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String revise(
            @PathVariable UUID id,
            @Validated @ModelAttribute("form") PersonForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        UUID superior = superior(form, binding);
        if (!binding.hasErrors()) {
            try {
                people.revise(id, form.getVersion(), form.draft(superior));
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/people/" + id;
            } catch (DomainException e) {
                if (FormErrors.isStale(e)) {
                    form.setVersion(people.get(id).version()); // keep the input; the next save is deliberate
                }
                FormErrors.reject(binding, e);
            }
        }
        return editPage(model, people.get(id));
    }

    @PostMapping("/people/{id}/deactivate")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String deactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return actions.run("/people/" + id, redirect, () -> people.deactivate(id, version));
    }

    @PostMapping("/people/{id}/reactivate")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String reactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return actions.run("/people/" + id, redirect, () -> people.reactivate(id, version));
    }

    @PostMapping("/people/{id}/assignments")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String assign(
            @PathVariable UUID id,
            @Validated @ModelAttribute("assignment") AssignmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                RoleDefinition role = roles.get(form.getRoleId());
                ScopeKind scope;
                UUID scopeId;
                if (role.scopeKind() == ScopeKind.SYSTEM) {
                    scope = ScopeKind.SYSTEM;
                    scopeId = systemId(form, binding);
                } else if (form.getUnitId() != null) {
                    scope = ScopeKind.UNIT;
                    scopeId = form.getUnitId();
                } else {
                    scope = role.scopeKind();
                    scopeId = null;
                }
                if (!binding.hasErrors()) {
                    assignments.assign(new AssignmentDraft(
                            id, role.id(), scope, scopeId, form.getStartsOn(), form.getEndsOn(), form.getNote()));
                    redirect.addFlashAttribute("flash", "organization.assignment.saved");
                    return "redirect:/people/" + id;
                }
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            }
        }
        return person(id, model);
    }

    /** Ends an appointment; back to the person or unit page it was ended from. */
    @PostMapping("/assignments/{id}/end")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String end(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    LocalDate endsOn,
            @RequestParam(required = false) String returnTo,
            RedirectAttributes redirect) {
        String target = returnTo != null && returnTo.matches("/(people|units)/[0-9a-f-]{36}")
                ? returnTo
                : "/people/" + assignments.get(id).personId();
        return actions.run(target, redirect, () -> assignments.end(id, version, endsOn));
    }

    private String editPage(Model model, Person person) {
        model.addAttribute("person", person);
        model.addAttribute("units", units.list());
        model.addAttribute("kinds", PersonKind.values());
        return "organization/person-form";
    }

    private UUID superior(PersonForm form, BindingResult binding) {
        if (form.getSuperior() == null || form.getSuperior().isBlank()) {
            return null;
        }
        Optional<Person> superior = people.byEmployeeNumber(form.getSuperior());
        if (superior.isEmpty()) {
            binding.rejectValue("superior", "organization.person.superior.unknown");
            return null;
        }
        return superior.get().id();
    }

    private static UUID systemId(AssignmentForm form, BindingResult binding) {
        try {
            return UUID.fromString(
                    form.getSystemId() == null ? "" : form.getSystemId().strip());
        } catch (IllegalArgumentException e) {
            binding.rejectValue("systemId", "organization.assignment.system.invalid");
            return null;
        }
    }
}
