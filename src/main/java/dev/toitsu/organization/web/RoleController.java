package dev.toitsu.organization.web;

import dev.toitsu.organization.RoleDefinition;
import dev.toitsu.organization.Roles;
import dev.toitsu.organization.ScopeKind;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.Permission;
import java.util.Arrays;
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

/** 役割定義: the standard's roles (renameable) and the organization's own. */
@Controller
@RequestMapping("/roles")
@PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
class RoleController {

    private final Roles roles;
    private final PageActions actions;

    RoleController(Roles roles, PageActions actions) {
        this.roles = roles;
        this.actions = actions;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String list(Model model) {
        model.addAttribute("roles", roles.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RoleForm());
        }
        return choices(model, "organization/roles");
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String add(
            @Validated @ModelAttribute("form") RoleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                RoleDefinition role = roles.add(form.draft());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/roles/" + role.id();
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            }
        }
        return list(model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String role(@PathVariable UUID id, Model model) {
        RoleDefinition role = roles.get(id);
        model.addAttribute("role", role);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RoleForm.of(role));
        }
        return choices(model, "organization/role");
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String revise(
            @PathVariable UUID id,
            @Validated @ModelAttribute("form") RoleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                roles.revise(id, form.getVersion(), form.draft());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/roles/" + id;
            } catch (DomainException e) {
                if (FormErrors.isStale(e)) {
                    form.setVersion(roles.get(id).version()); // keep the input; the next save is deliberate
                }
                FormErrors.reject(binding, e);
            }
        }
        return role(id, model);
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String deactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return actions.run("/roles/" + id, redirect, () -> roles.deactivate(id, version));
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String reactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return actions.run("/roles/" + id, redirect, () -> roles.reactivate(id, version));
    }

    private static String choices(Model model, String view) {
        model.addAttribute("scopeKinds", ScopeKind.values());
        model.addAttribute(
                "assignablePermissions",
                Arrays.stream(Permission.values())
                        .filter(p -> p != Permission.PLATFORM_ADMINISTER)
                        .toList());
        return view;
    }
}
