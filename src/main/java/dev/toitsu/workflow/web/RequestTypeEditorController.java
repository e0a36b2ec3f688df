package dev.toitsu.workflow.web;

import dev.toitsu.organization.Roles;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.workflow.ApproverScope;
import dev.toitsu.workflow.FieldType;
import dev.toitsu.workflow.RequestType;
import dev.toitsu.workflow.RequestTypes;
import dev.toitsu.workflow.RouteStep;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 申請の種類 in a form instead of JSON: the type's settings, its input fields, its route (role, scope, condition)
 * and its checks as rows that can be added, removed and reordered. An organization's own type is revised; a
 * built-in type (or a new code) is defined for the organization, as on the JSON form.
 */
@Controller
@RequestMapping("/request-types/editor")
@PreAuthorize("hasAuthority('PERM_WORKFLOW_ADMINISTER')")
class RequestTypeEditorController {

    private final RequestTypes types;
    private final Roles roles;

    RequestTypeEditorController(RequestTypes types, Roles roles) {
        this.types = types;
        this.roles = roles;
    }

    @GetMapping
    String edit(@RequestParam(required = false) String code, Model model) {
        RequestTypeForm form;
        if (code == null || code.isBlank()) {
            form = new RequestTypeForm().withBlankRows();
        } else {
            RequestType type = types.get(code);
            boolean own = !type.builtIn() && Actors.current().organizationId().equals(type.organizationId());
            form = RequestTypeForm.of(type, own);
        }
        return page(form, model);
    }

    @PostMapping
    String save(
            @ModelAttribute("form") RequestTypeForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            if (form.getId() != null) {
                types.revise(form.getId(), form.getVersion(), form.draft());
            } else {
                types.define(form.draft());
            }
        } catch (DomainException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("errorCode", e.code());
            model.addAttribute("errorArguments", e.arguments());
            return page(form.withBlankRows(), model);
        }
        redirect.addFlashAttribute("flash", "workflow.types.saved");
        return "redirect:/request-types";
    }

    /** The organization's roles to choose from; someone who may not read the directory types the code. */
    private List<dev.toitsu.organization.RoleDefinition> roleChoices() {
        try {
            return roles.all();
        } catch (dev.toitsu.shared.AccessDeniedException e) {
            return List.of();
        }
    }

    private String page(RequestTypeForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("fieldTypes", List.of(FieldType.values()));
        model.addAttribute("scopes", List.of(ApproverScope.values()));
        model.addAttribute("operators", List.of(RouteStep.Operator.values()));
        model.addAttribute("roles", roleChoices());
        return "workflow/type-editor";
    }
}
