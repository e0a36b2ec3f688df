package dev.toitsu.registry.web;

import dev.toitsu.organization.Units;
import dev.toitsu.registry.Applicability;
import dev.toitsu.registry.AssetQuery;
import dev.toitsu.registry.DocumentContent;
import dev.toitsu.registry.Hosting;
import dev.toitsu.registry.Importance;
import dev.toitsu.registry.InformationAssets;
import dev.toitsu.registry.InformationSystem;
import dev.toitsu.registry.InformationSystems;
import dev.toitsu.registry.LifecyclePhase;
import dev.toitsu.registry.RegisterPage;
import dev.toitsu.registry.RequirementStatus;
import dev.toitsu.registry.SystemQuery;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.Permission;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 情報システム台帳 pages. Open to every signed-in person: system-scoped role holders have no organization-level
 * permission, so the facades decide what each person sees (their units' and their own systems).
 */
@Controller
@RequestMapping("/registry/systems")
class SystemController {

    private final InformationSystems systems;
    private final InformationAssets assets;
    private final Applicability applicability;
    private final Units units;
    private final RegistryPages pages;

    SystemController(
            InformationSystems systems,
            InformationAssets assets,
            Applicability applicability,
            Units units,
            RegistryPages pages) {
        this.systems = systems;
        this.assets = assets;
        this.applicability = applicability;
        this.units = units;
        this.pages = pages;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) Importance importance,
            @RequestParam(required = false) LifecyclePhase phase,
            @RequestParam(required = false) Hosting hosting,
            @RequestParam(required = false) Boolean internet,
            @RequestParam(defaultValue = "false") boolean due,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size,
            Model model) {
        RegisterPage<InformationSystem> result = systems.search(
                new SystemQuery(q, unit, importance, phase, hosting, internet, due, sort),
                page,
                RegisterPage.clampSize(size));
        model.addAttribute("result", result);
        model.addAttribute("q", q);
        model.addAttribute("unit", unit);
        model.addAttribute("importance", importance);
        model.addAttribute("phase", phase);
        model.addAttribute("hosting", hosting);
        model.addAttribute("internet", internet);
        model.addAttribute("due", due);
        model.addAttribute("sort", sort);
        model.addAttribute("units", units.list());
        model.addAttribute("importances", Importance.values());
        model.addAttribute("phases", LifecyclePhase.values());
        model.addAttribute("hostings", Hosting.values());
        model.addAttribute("canRegister", Actors.current().can(Permission.REGISTRY_ADMINISTER));
        return "registry/systems";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String create(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SystemForm());
        }
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String register(
            @ModelAttribute("form") SystemForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return pages.submit(
                binding,
                () -> {
                    InformationSystem created = systems.register(form.draft());
                    redirect.addFlashAttribute("flash", "common.saved");
                    return "redirect:/registry/systems/" + created.id();
                },
                () -> form(model, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String system(@PathVariable UUID id, @RequestParam(required = false) Set<String> ticked, Model model) {
        InformationSystem system = systems.get(id);
        model.addAttribute("system", system);
        model.addAttribute("holders", systems.roleHolders(id));
        model.addAttribute("criteria", systems.criteria());
        model.addAttribute("assessment", systems.assess(id, ticked));
        model.addAttribute("decisions", systems.decisions(id));
        model.addAttribute("dependencies", systems.dependencies(id));
        model.addAttribute("dependents", systems.dependents(id));
        model.addAttribute("linkedAssets", assets.linkedTo(id));
        model.addAttribute("storedAssets", assets.storedIn(id));
        model.addAttribute("documents", systems.documents(id));
        model.addAttribute("importances", Importance.values());
        model.addAttribute("units", units.list());
        boolean keepable = systems.keepable(id);
        model.addAttribute("keepable", keepable);
        if (keepable) {
            model.addAttribute(
                    "choices",
                    systems.choices().stream().filter(c -> !c.id().equals(id)).toList());
        }
        return "registry/system";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("isAuthenticated()")
    String edit(@PathVariable UUID id, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SystemForm.of(systems.get(id)));
        }
        return form(model, id);
    }

    @PostMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String revise(
            @PathVariable UUID id,
            @ModelAttribute("form") SystemForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return pages.submit(
                binding,
                () -> {
                    systems.revise(id, form.getVersion(), form.draft());
                    redirect.addFlashAttribute("flash", "common.saved");
                    return "redirect:/registry/systems/" + id;
                },
                () -> form(model, id));
    }

    @PostMapping("/{id}/importance")
    @PreAuthorize("isAuthenticated()")
    String decide(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) Importance importance,
            @RequestParam(required = false) Set<String> criteria,
            @RequestParam(required = false) String rationale,
            RedirectAttributes redirect) {
        return pages.run(
                "/registry/systems/" + id,
                redirect,
                () -> systems.decideImportance(
                        id, version, importance, criteria == null ? new HashSet<>() : criteria, rationale));
    }

    @PostMapping("/{id}/dependencies")
    @PreAuthorize("isAuthenticated()")
    String addDependency(
            @PathVariable UUID id,
            @RequestParam UUID dependsOn,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return pages.run("/registry/systems/" + id, redirect, () -> systems.addDependency(id, dependsOn, note));
    }

    @PostMapping("/{id}/dependencies/{other}/remove")
    @PreAuthorize("isAuthenticated()")
    String removeDependency(@PathVariable UUID id, @PathVariable UUID other, RedirectAttributes redirect) {
        return pages.run("/registry/systems/" + id, redirect, () -> systems.removeDependency(id, other));
    }

    @PostMapping("/{id}/assets")
    @PreAuthorize("isAuthenticated()")
    String linkAsset(@PathVariable UUID id, @RequestParam String assetCode, RedirectAttributes redirect) {
        return pages.run("/registry/systems/" + id, redirect, () -> {
            var found = assets
                    .search(new AssetQuery(assetCode, null, null, null, null, null, false, "code"), 0, 5)
                    .items()
                    .stream()
                    .filter(a -> a.code().equals(assetCode.strip()))
                    .findFirst()
                    .orElseThrow(() -> new DomainException("registry.system.asset.unknown", assetCode));
            systems.linkAsset(id, found.id());
        });
    }

    @PostMapping("/{id}/assets/{asset}/remove")
    @PreAuthorize("isAuthenticated()")
    String unlinkAsset(@PathVariable UUID id, @PathVariable UUID asset, RedirectAttributes redirect) {
        return pages.run("/registry/systems/" + id, redirect, () -> systems.unlinkAsset(id, asset));
    }

    @PostMapping("/{id}/documents")
    @PreAuthorize("isAuthenticated()")
    String attach(
            @PathVariable UUID id,
            @RequestParam String title,
            @RequestParam(required = false) String kind,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) {
        return pages.run("/registry/systems/" + id, redirect, () -> {
            try {
                systems.attach(id, title, kind, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            } catch (IOException e) {
                throw new DomainException("registry.document.file.required");
            }
        });
    }

    @GetMapping("/{id}/documents/{document}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID document) {
        DocumentContent content = systems.document(id, document);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(content.document().fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-SHA256", content.document().sha256())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(content.bytes());
    }

    @PostMapping("/{id}/documents/{document}/withdraw")
    @PreAuthorize("isAuthenticated()")
    String withdraw(@PathVariable UUID id, @PathVariable UUID document, RedirectAttributes redirect) {
        return pages.run("/registry/systems/" + id, redirect, () -> systems.withdrawDocument(id, document));
    }

    /** The statement of applicability of one system. */
    @GetMapping("/{id}/applicability")
    @PreAuthorize("isAuthenticated()")
    String applicability(@PathVariable UUID id, @RequestParam(required = false) String obligation, Model model) {
        var statement = applicability.statement(id);
        model.addAttribute("statement", statement);
        model.addAttribute("obligation", obligation);
        model.addAttribute(
                "lines",
                obligation == null || obligation.isBlank()
                        ? statement.requirements()
                        : statement.requirements().stream()
                                .filter(r -> r.obligation().name().equals(obligation))
                                .toList());
        model.addAttribute(
                "statuses",
                List.of(
                        RequirementStatus.IMPLEMENTED,
                        RequirementStatus.PLANNED,
                        RequirementStatus.NOT_APPLICABLE,
                        RequirementStatus.EXEMPTED));
        model.addAttribute("keepable", systems.keepable(id));
        return "registry/applicability";
    }

    @PostMapping("/{id}/applicability")
    @PreAuthorize("isAuthenticated()")
    String declare(
            @PathVariable UUID id,
            @RequestParam String nodeId,
            @RequestParam long version,
            @RequestParam(required = false) RequirementStatus status,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return pages.run(
                "/registry/systems/" + id + "/applicability",
                redirect,
                () -> applicability.declare(id, nodeId, version, status, reason));
    }

    private String form(Model model, UUID id) {
        model.addAttribute("id", id);
        model.addAttribute("units", units.list());
        model.addAttribute("hostings", Hosting.values());
        model.addAttribute("phases", LifecyclePhase.values());
        return "registry/system-form";
    }
}
