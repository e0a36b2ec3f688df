package dev.toitsu.classification.web;

import dev.toitsu.classification.Axis;
import dev.toitsu.classification.Classification;
import dev.toitsu.classification.ClassificationScheme;
import dev.toitsu.classification.Decision;
import dev.toitsu.classification.RuleDraft;
import dev.toitsu.classification.RuleTable;
import dev.toitsu.classification.SchemeTemplate;
import dev.toitsu.classification.TransmissionQuestion;
import dev.toitsu.classification.TransmissionRules;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 格付の区分 and 取扱制限 (the scheme), and the rule tables with the "may I send this?" check. */
@Controller
@RequestMapping("/classification")
@PreAuthorize("hasAuthority('PERM_CLASSIFICATION_READ')")
class ClassificationController {

    static final List<String> CONDITIONS =
            List.of("ENCRYPT", "PASSWORD_SEPARATELY", "APPROVED_SERVICE_ONLY", "CISO_PERMISSION", "MISSEND_CHECK");

    private final Classification classification;
    private final TransmissionRules rules;
    private final MessageSource messages;

    ClassificationController(Classification classification, TransmissionRules rules, MessageSource messages) {
        this.classification = classification;
        this.rules = rules;
        this.messages = messages;
    }

    @GetMapping
    String scheme(Model model) {
        ClassificationScheme scheme = classification.scheme();
        model.addAttribute("scheme", scheme);
        model.addAttribute("axes", Axis.values());
        model.addAttribute("templates", SchemeTemplate.values());
        model.addAttribute("revisions", classification.revisions());
        boolean admin = Actors.current().canOrganizationWide(Permission.CLASSIFICATION_ADMINISTER);
        model.addAttribute("canAdminister", admin);
        if (admin && !model.containsAttribute("levelForm")) {
            LevelForm form = new LevelForm();
            form.setVersion(scheme.version());
            model.addAttribute("levelForm", form);
        }
        if (admin && !model.containsAttribute("restrictionForm")) {
            RestrictionForm form = new RestrictionForm();
            form.setVersion(scheme.version());
            model.addAttribute("restrictionForm", form);
        }
        return "classification/scheme";
    }

    @PostMapping("/adopt")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
    String adopt(@RequestParam SchemeTemplate template, RedirectAttributes redirect) {
        return act(redirect, "/classification", () -> classification.adopt(template));
    }

    @PostMapping("/levels")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
    String saveLevel(
            @ModelAttribute("levelForm") LevelForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            classification.saveLevel(form.draft(), form.getVersion());
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/classification";
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            reject(binding, e);
            return scheme(model);
        }
    }

    @PostMapping("/levels/remove")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
    String removeLevel(
            @RequestParam Axis axis,
            @RequestParam String code,
            @RequestParam long version,
            RedirectAttributes redirect) {
        return act(redirect, "/classification", () -> classification.removeLevel(axis, code, version));
    }

    @PostMapping("/restrictions")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
    String saveRestriction(
            @ModelAttribute("restrictionForm") RestrictionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            classification.saveRestriction(form.draft(), form.getVersion());
            redirect.addFlashAttribute("flash", "common.saved");
            return "redirect:/classification";
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            reject(binding, e);
            return scheme(model);
        }
    }

    @PostMapping("/restrictions/{code}/retire")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
    String retireRestriction(@PathVariable String code, @RequestParam long version, RedirectAttributes redirect) {
        return act(redirect, "/classification", () -> classification.retireRestriction(code, version));
    }

    /** The rule table and, when the three choices are given, the answer with its grounds. */
    @GetMapping("/transmission")
    String transmission(
            @RequestParam(required = false) String table,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String destination,
            Model model) {
        List<RuleTable> tables = rules.tables();
        RuleTable selected = table == null || table.isBlank()
                ? tables.get(0)
                : tables.stream()
                        .filter(t -> t.code().equals(table))
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("error.notFound"));
        ClassificationScheme scheme = classification.scheme();
        model.addAttribute("tables", tables);
        model.addAttribute("table", selected);
        model.addAttribute("levels", scheme.levels(Axis.CONFIDENTIALITY));
        model.addAttribute("scheme", scheme);
        model.addAttribute("level", level);
        model.addAttribute("channel", channel);
        model.addAttribute("destination", destination);
        model.addAttribute(
                "decisions",
                Arrays.stream(Decision.values())
                        .filter(d -> d != Decision.NOT_COVERED)
                        .toList());
        model.addAttribute("conditionCodes", CONDITIONS);
        model.addAttribute(
                "canAdminister",
                scheme.adopted() && Actors.current().canOrganizationWide(Permission.CLASSIFICATION_ADMINISTER));
        if (level != null && channel != null && destination != null && !level.isBlank()) {
            try {
                model.addAttribute(
                        "verdict", rules.check(new TransmissionQuestion(selected.code(), level, channel, destination)));
            } catch (NotFoundException e) {
                throw e;
            } catch (DomainException e) {
                model.addAttribute("actionError", message(e));
            }
        }
        return "classification/transmission";
    }

    @PostMapping("/transmission/{table}/rules")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
    String reviseRule(
            @PathVariable String table,
            @RequestParam long version,
            @RequestParam String level,
            @RequestParam String channel,
            @RequestParam String destination,
            @RequestParam Decision decision,
            @RequestParam(required = false) List<String> conditions,
            @RequestParam String cellText,
            @RequestParam(required = false) String interpretation,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "/classification/transmission?table=" + table,
                () -> rules.reviseRule(
                        table,
                        version,
                        level,
                        channel,
                        destination,
                        new RuleDraft(
                                decision, conditions == null ? List.of() : conditions, cellText, interpretation)));
    }

    private String act(RedirectAttributes redirect, String target, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", "common.saved");
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute("actionError", message(e));
        }
        return "redirect:" + target;
    }

    private String message(DomainException e) {
        return messages.getMessage(e.code(), e.arguments(), e.code(), LocaleContextHolder.getLocale());
    }

    /** Puts the failure next to its field ({@code classification.level.name.required} → name) or above the form. */
    private static void reject(BindingResult binding, DomainException e) {
        String[] parts = e.code().split("\\.");
        String field = parts.length >= 3 ? parts[parts.length - 2] : null;
        if (field != null
                && binding.getTarget() != null
                && new org.springframework.beans.BeanWrapperImpl(binding.getTarget()).isReadableProperty(field)) {
            binding.rejectValue(field, e.code(), e.arguments(), e.code());
        } else {
            binding.reject(e.code(), e.arguments(), e.code());
        }
    }
}
