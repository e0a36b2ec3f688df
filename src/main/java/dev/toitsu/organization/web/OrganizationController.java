package dev.toitsu.organization.web;

import dev.toitsu.organization.Organization;
import dev.toitsu.organization.OrganizationKind;
import dev.toitsu.organization.Organizations;
import dev.toitsu.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 機関の管理 (platform administration) and 所管法人等の状況 (oversight, aggregates only). */
@Controller
class OrganizationController {

    private final Organizations organizations;

    OrganizationController(Organizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping("/organizations")
    @PreAuthorize("hasAuthority('PERM_PLATFORM_ADMINISTER')")
    String list(Model model) {
        model.addAttribute("organizations", organizations.all());
        model.addAttribute("kinds", OrganizationKind.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OrganizationForm());
        }
        return "organization/organizations";
    }

    @PostMapping("/organizations")
    @PreAuthorize("hasAuthority('PERM_PLATFORM_ADMINISTER')")
    String create(
            @Validated @ModelAttribute("form") OrganizationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                Organization created = organizations.create(form.draft());
                redirect.addFlashAttribute("flash", "organization.created");
                redirect.addFlashAttribute("createdName", created.name());
                return "redirect:/organizations";
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            }
        }
        return list(model);
    }

    @GetMapping("/oversight")
    @PreAuthorize("hasAuthority('PERM_OVERSIGHT_VIEW')")
    String oversight(Model model) {
        model.addAttribute("own", organizations.own());
        model.addAttribute("overseen", organizations.overseen());
        return "organization/oversight";
    }
}
