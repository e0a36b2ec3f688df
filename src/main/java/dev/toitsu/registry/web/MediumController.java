package dev.toitsu.registry.web;

import dev.toitsu.classification.Axis;
import dev.toitsu.classification.Classification;
import dev.toitsu.organization.People;
import dev.toitsu.organization.Person;
import dev.toitsu.organization.Units;
import dev.toitsu.registry.DisposalMethod;
import dev.toitsu.registry.ExternalMedia;
import dev.toitsu.registry.ExternalMedium;
import dev.toitsu.registry.MediumKind;
import dev.toitsu.registry.MediumStatus;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.Permission;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
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

/** 外部電磁的記録媒体 pages: register, lend, take back, report lost, dispose. */
@Controller
@RequestMapping("/registry/media")
class MediumController {

    private final ExternalMedia media;
    private final Classification classification;
    private final Units units;
    private final People people;
    private final RegistryPages pages;

    MediumController(
            ExternalMedia media, Classification classification, Units units, People people, RegistryPages pages) {
        this.media = media;
        this.classification = classification;
        this.units = units;
        this.people = people;
        this.pages = pages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_REGISTRY_READ')")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) MediumStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", media.search(q, status, page, 50));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", MediumStatus.values());
        model.addAttribute("scheme", classification.schemeFor(Actors.current().organizationId()));
        model.addAttribute("canRegister", Actors.current().can(Permission.REGISTRY_ADMINISTER));
        return "registry/media";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String create(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new MediumForm());
        }
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String register(
            @ModelAttribute("form") MediumForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return pages.submit(
                binding,
                () -> {
                    ExternalMedium created = media.register(form.draft(person(form.getCustodianNumber())));
                    redirect.addFlashAttribute("flash", "common.saved");
                    return "redirect:/registry/media/" + created.id();
                },
                () -> form(model, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_READ')")
    String medium(@PathVariable UUID id, Model model) {
        ExternalMedium m = media.get(id);
        model.addAttribute("medium", m);
        model.addAttribute("loans", media.loans(id));
        boolean keepable = media.keepable(m);
        model.addAttribute("keepable", keepable);
        if (!model.containsAttribute("form")) {
            String number =
                    m.custodianId() == null ? null : people.get(m.custodianId()).employeeNumber();
            model.addAttribute("form", MediumForm.of(m, number));
        }
        return form(model, id);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String revise(
            @PathVariable UUID id,
            @ModelAttribute("form") MediumForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return pages.submit(
                binding,
                () -> {
                    media.revise(id, form.getVersion(), form.draft(person(form.getCustodianNumber())));
                    redirect.addFlashAttribute("flash", "common.saved");
                    return "redirect:/registry/media/" + id;
                },
                () -> medium(id, model));
    }

    @PostMapping("/{id}/lend")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String lend(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam String borrower,
            @RequestParam(required = false) String purpose,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes redirect) {
        return pages.run(
                "/registry/media/" + id, redirect, () -> media.lend(id, version, person(borrower), purpose, dueOn));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String giveBack(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return pages.run("/registry/media/" + id, redirect, () -> media.giveBack(id, version));
    }

    @PostMapping("/{id}/lost")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String lost(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return pages.run("/registry/media/" + id, redirect, () -> media.reportLost(id, version));
    }

    @PostMapping("/{id}/dispose")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String dispose(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) DisposalMethod method,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String record,
            RedirectAttributes redirect) {
        String target = pages.run("/registry/media/" + id, redirect, () -> {
            List<String> caveats = media.dispose(id, version, method, on, record);
            if (!caveats.isEmpty()) {
                redirect.addFlashAttribute(
                        "caveats", caveats.stream().map(pages::message).toList());
            }
        });
        return target;
    }

    private UUID person(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        return people.byEmployeeNumber(number.strip())
                .map(Person::id)
                .orElseThrow(() -> new DomainException("registry.medium.person.unknown", number));
    }

    private String form(Model model, UUID id) {
        model.addAttribute("id", id);
        model.addAttribute("units", units.list());
        model.addAttribute("kinds", MediumKind.values());
        model.addAttribute("disposalMethods", DisposalMethod.values());
        model.addAttribute(
                "levels",
                classification.schemeFor(Actors.current().organizationId()).levels(Axis.CONFIDENTIALITY));
        if (!model.containsAttribute("keepable")) {
            model.addAttribute("keepable", true);
        }
        return "registry/medium";
    }
}
