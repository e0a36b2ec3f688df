package dev.toitsu.violation.web;

import dev.toitsu.shared.Actors;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.violation.Violation;
import dev.toitsu.violation.ViolationDraft;
import dev.toitsu.violation.Violations;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 違反の報告: report, the list of one's own and handled reports, one report with measures and acknowledgement. */
@Controller
@RequestMapping("/violations")
@PreAuthorize("isAuthenticated()")
class ViolationController {

    private final Violations violations;
    private final MessageSource messages;

    ViolationController(Violations violations, MessageSource messages) {
        this.violations = violations;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("mine", violations.mine());
        model.addAttribute("handled", violations.handled());
        return "violation/list";
    }

    @PostMapping
    String report(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
            @RequestParam(required = false) String regulation,
            @RequestParam(required = false) String clause,
            @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        return run(
                redirect,
                () -> {
                    Violation v = violations.report(new ViolationDraft(occurredOn, regulation, clause, description));
                    return "/violations/" + v.id();
                },
                "/violations");
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        Violation v = violations.get(id);
        model.addAttribute("v", v);
        model.addAttribute("canHandle", violations.handles(Actors.current(), v));
        return "violation/violation";
    }

    @PostMapping("/{id}/measures")
    @PreAuthorize("hasAuthority('PERM_VIOLATION_HANDLE')")
    String measures(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(required = false) String measures,
            RedirectAttributes redirect) {
        return run(
                redirect,
                () -> "/violations/"
                        + violations.recordMeasures(id, version, measures).id(),
                "/violations/" + id);
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize("hasAuthority('PERM_CISO_REPORT_RECEIVE')")
    String acknowledge(
            @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        return run(
                redirect,
                () -> "/violations/" + violations.acknowledge(id, version).id(),
                "/violations/" + id);
    }

    private String run(RedirectAttributes redirect, Supplier<String> action, String onError) {
        try {
            String target = action.get();
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:" + target;
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute(
                    "actionError",
                    messages.getMessage(e.code(), e.arguments(), e.code(), LocaleContextHolder.getLocale()));
            return "redirect:" + onError;
        }
    }
}
