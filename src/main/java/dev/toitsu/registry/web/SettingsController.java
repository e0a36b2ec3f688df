package dev.toitsu.registry.web;

import dev.toitsu.registry.Applicability;
import dev.toitsu.registry.ApplicabilityRule;
import dev.toitsu.registry.ApplicabilitySettings;
import dev.toitsu.registry.Importance;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** 台帳の設定: the catalog edition in force, the 重要度 criteria and the applicability rules (統括). */
@Controller
@RequestMapping("/registry/settings")
@PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
class SettingsController {

    private final ApplicabilitySettings settings;
    private final Applicability applicability;
    private final RegistryPages pages;

    SettingsController(ApplicabilitySettings settings, Applicability applicability, RegistryPages pages) {
        this.settings = settings;
        this.applicability = applicability;
        this.pages = pages;
    }

    @GetMapping
    String page(@RequestParam(required = false) String edition, Model model) {
        String inForce = applicability.edition();
        List<String> editions = applicability.editions();
        String shown = edition != null && editions.contains(edition) ? edition : inForce;
        model.addAttribute("edition", inForce);
        model.addAttribute("editions", editions);
        model.addAttribute("rulesEdition", shown);
        model.addAttribute("criteria", settings.criteria());
        model.addAttribute("rules", settings.rules(shown));
        model.addAttribute("importances", Importance.values());
        model.addAttribute("conditions", ApplicabilityRule.CONDITIONS);
        return "registry/settings";
    }

    @PostMapping("/edition")
    String chooseEdition(@RequestParam(required = false) String edition, RedirectAttributes redirect) {
        return pages.run("/registry/settings", redirect, () -> applicability.chooseEdition(edition));
    }

    @PostMapping("/criteria")
    String saveCriterion(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) Importance importance,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String textEn,
            @RequestParam(required = false) Integer sortOrder,
            RedirectAttributes redirect) {
        return pages.run(
                "/registry/settings#criteria",
                redirect,
                () -> settings.saveCriterion(code, importance, text, textEn, sortOrder));
    }

    @PostMapping("/criteria/retire")
    String retireCriterion(@RequestParam String code, RedirectAttributes redirect) {
        return pages.run("/registry/settings#criteria", redirect, () -> settings.retireCriterion(code));
    }

    @PostMapping("/rules")
    String saveRule(
            @RequestParam String edition,
            @RequestParam(required = false) String prefix,
            @RequestParam(required = false) String condition,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return pages.run(rulesPage(edition), redirect, () -> settings.saveRule(edition, prefix, condition, note));
    }

    @PostMapping("/rules/remove")
    String removeRule(@RequestParam String edition, @RequestParam String prefix, RedirectAttributes redirect) {
        return pages.run(rulesPage(edition), redirect, () -> settings.removeRule(edition, prefix));
    }

    private static String rulesPage(String edition) {
        return UriComponentsBuilder.fromPath("/registry/settings")
                        .queryParam("edition", edition)
                        .encode()
                        .toUriString()
                + "#rules";
    }
}
