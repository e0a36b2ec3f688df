package dev.toitsu.workflow.web;

import dev.toitsu.shared.DomainException;
import dev.toitsu.workflow.CheckItem;
import dev.toitsu.workflow.FieldDefinition;
import dev.toitsu.workflow.RequestType;
import dev.toitsu.workflow.RequestTypeDraft;
import dev.toitsu.workflow.RequestTypes;
import dev.toitsu.workflow.RouteStep;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * 申請の種類: the organization's request types. A type's form, route and checks are edited in the form editor
 * ({@link RequestTypeEditorController}) or here as JSON (the same shape the API takes); defining a built-in code
 * replaces the built-in type for this organization.
 */
@Controller
@RequestMapping("/request-types")
@PreAuthorize("hasAuthority('PERM_WORKFLOW_ADMINISTER')")
class RequestTypeController {

    private final RequestTypes types;
    private final WebErrors errors;
    private final JsonMapper json;

    RequestTypeController(RequestTypes types, WebErrors errors, JsonMapper json) {
        this.types = types;
        this.errors = errors;
        this.json = json;
    }

    @GetMapping
    String list(@RequestParam(required = false) String copy, Model model) {
        model.addAttribute("types", types.all());
        if (copy != null) {
            RequestType t = types.get(copy);
            model.addAttribute("copy", t);
            model.addAttribute(
                    "copyFields", json.writerWithDefaultPrettyPrinter().writeValueAsString(t.fields()));
            model.addAttribute(
                    "copyRoute", json.writerWithDefaultPrettyPrinter().writeValueAsString(t.route()));
            model.addAttribute(
                    "copyChecks", json.writerWithDefaultPrettyPrinter().writeValueAsString(t.checks()));
        }
        return "workflow/types";
    }

    @PostMapping
    String define(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String nameEn,
            @RequestParam(required = false) String description,
            @RequestParam(required = false) String clause,
            @RequestParam(defaultValue = "request") String separationFamily,
            @RequestParam(defaultValue = "[]") String fields,
            @RequestParam(defaultValue = "[]") String route,
            @RequestParam(defaultValue = "[]") String checks,
            @RequestParam(defaultValue = "false") boolean hasPeriod,
            @RequestParam(defaultValue = "false") boolean endReport,
            @RequestParam(defaultValue = "false") boolean postHocAllowed,
            @RequestParam(defaultValue = "14") int decisionDays,
            RedirectAttributes redirect) {
        return errors.run("/request-types", redirect, () -> {
            try {
                types.define(new RequestTypeDraft(
                        code,
                        name,
                        nameEn,
                        description,
                        null,
                        clause,
                        separationFamily,
                        java.util.List.of(json.readValue(fields, FieldDefinition[].class)),
                        java.util.List.of(json.readValue(route, RouteStep[].class)),
                        java.util.List.of(json.readValue(checks, CheckItem[].class)),
                        hasPeriod,
                        endReport,
                        postHocAllowed,
                        decisionDays));
            } catch (JacksonException e) {
                throw new DomainException("workflow.type.json.invalid");
            }
        });
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(
            @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return errors.run("/request-types", redirect, () -> types.deactivate(id, version));
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(
            @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return errors.run("/request-types", redirect, () -> types.reactivate(id, version));
    }
}
