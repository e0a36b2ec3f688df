package dev.toitsu.organization.web;

import dev.toitsu.organization.Roles;
import dev.toitsu.organization.SeparationOfDuties;
import dev.toitsu.organization.SeparationRuleKind;
import dev.toitsu.shared.DomainException;
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

/** 職務分離 (001 1.2.1.2): the organization's matrix; add a line, deactivate or reactivate one. */
@Controller
@RequestMapping("/separation-rules")
class SeparationRuleController {

    private final SeparationOfDuties separation;
    private final Roles roles;
    private final PageActions actions;

    SeparationRuleController(SeparationOfDuties separation, Roles roles, PageActions actions) {
        this.separation = separation;
        this.roles = roles;
        this.actions = actions;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String list(Model model) {
        model.addAttribute("rules", separation.rules());
        model.addAttribute("roles", roles.all());
        model.addAttribute("kinds", SeparationRuleKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SeparationRuleForm());
        }
        return "organization/separation-rules";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String add(
            @Validated @ModelAttribute("form") SeparationRuleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                separation.addRule(form.draft());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/separation-rules";
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            }
        }
        return list(model);
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String deactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return actions.run("/separation-rules", redirect, () -> separation.deactivateRule(id, version));
    }

    @PostMapping("/{id}/reactivate")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    String reactivate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return actions.run("/separation-rules", redirect, () -> separation.reactivateRule(id, version));
    }
}
