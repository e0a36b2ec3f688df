package dev.toitsu.registry.web;

import dev.toitsu.organization.Units;
import dev.toitsu.registry.DisposalMethod;
import dev.toitsu.registry.Equipment;
import dev.toitsu.registry.EquipmentKind;
import dev.toitsu.registry.EquipmentRegister;
import dev.toitsu.registry.InformationSystems;
import dev.toitsu.registry.JcStarAssurance;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.Permission;
import java.util.UUID;
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

/** 機器等 pages. */
@Controller
@RequestMapping("/registry/equipment")
class EquipmentController {

    private final EquipmentRegister equipment;
    private final InformationSystems systems;
    private final Units units;
    private final RegistryPages pages;

    EquipmentController(EquipmentRegister equipment, InformationSystems systems, Units units, RegistryPages pages) {
        this.equipment = equipment;
        this.systems = systems;
        this.units = units;
        this.pages = pages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_REGISTRY_READ')")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) EquipmentKind kind,
            @RequestParam(required = false) UUID system,
            @RequestParam(defaultValue = "false") boolean retired,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("result", equipment.search(q, kind, system, retired, page, 50));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("system", system);
        model.addAttribute("retired", retired);
        model.addAttribute("kinds", EquipmentKind.values());
        model.addAttribute("canRegister", Actors.current().can(Permission.REGISTRY_ADMINISTER));
        return "registry/equipment-list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String create(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EquipmentForm());
        }
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String register(
            @ModelAttribute("form") EquipmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return pages.submit(
                binding,
                () -> {
                    Equipment created = equipment.register(form.draft());
                    redirect.addFlashAttribute("flash", "common.saved");
                    return "redirect:/registry/equipment/" + created.id();
                },
                () -> form(model, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_READ')")
    String edit(@PathVariable UUID id, Model model) {
        Equipment e = equipment.get(id);
        model.addAttribute("equipment", e);
        model.addAttribute("keepable", equipment.keepable(e));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", EquipmentForm.of(e));
        }
        return form(model, id);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String revise(
            @PathVariable UUID id,
            @ModelAttribute("form") EquipmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return pages.submit(
                binding,
                () -> {
                    equipment.revise(id, form.getVersion(), form.draft());
                    redirect.addFlashAttribute("flash", "common.saved");
                    return "redirect:/registry/equipment/" + id;
                },
                () -> edit(id, model));
    }

    private String form(Model model, UUID id) {
        model.addAttribute("id", id);
        model.addAttribute("units", units.list());
        model.addAttribute("kinds", EquipmentKind.values());
        model.addAttribute("assurances", JcStarAssurance.values());
        model.addAttribute("disposalMethods", DisposalMethod.values());
        model.addAttribute("systemChoices", systems.choices());
        if (!model.containsAttribute("keepable")) {
            model.addAttribute("keepable", true);
        }
        return "registry/equipment-form";
    }
}
