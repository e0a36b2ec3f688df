package dev.toitsu.registry.web;

import dev.toitsu.classification.Axis;
import dev.toitsu.classification.Classification;
import dev.toitsu.classification.ClassificationScheme;
import dev.toitsu.classification.TransmissionRules;
import dev.toitsu.organization.People;
import dev.toitsu.organization.Person;
import dev.toitsu.organization.Units;
import dev.toitsu.registry.AssetQuery;
import dev.toitsu.registry.AssetTransfer;
import dev.toitsu.registry.DisposalMethod;
import dev.toitsu.registry.ExternalMedia;
import dev.toitsu.registry.ImportReport;
import dev.toitsu.registry.InformationAsset;
import dev.toitsu.registry.InformationAssets;
import dev.toitsu.registry.InformationSystems;
import dev.toitsu.registry.RegisterPage;
import dev.toitsu.registry.StorageKind;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.Permission;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/** 情報資産台帳 pages: search, register, edit, Excel/CSV export and import. */
@Controller
@RequestMapping("/registry/assets")
class AssetController {

    private final InformationAssets assets;
    private final AssetTransfer transfer;
    private final InformationSystems systems;
    private final ExternalMedia media;
    private final Classification classification;
    private final TransmissionRules rules;
    private final Units units;
    private final People people;
    private final RegistryPages pages;

    AssetController(
            InformationAssets assets,
            AssetTransfer transfer,
            InformationSystems systems,
            ExternalMedia media,
            Classification classification,
            TransmissionRules rules,
            Units units,
            People people,
            RegistryPages pages) {
        this.assets = assets;
        this.transfer = transfer;
        this.systems = systems;
        this.media = media;
        this.classification = classification;
        this.rules = rules;
        this.units = units;
        this.people = people;
        this.pages = pages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_REGISTRY_READ')")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) String confidentiality,
            @RequestParam(required = false) StorageKind storage,
            @RequestParam(required = false) UUID system,
            @RequestParam(required = false) Boolean personal,
            @RequestParam(defaultValue = "false") boolean disposed,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size,
            Model model) {
        AssetQuery query = new AssetQuery(q, unit, confidentiality, storage, system, personal, disposed, sort);
        RegisterPage<InformationAsset> result = assets.search(query, page, RegisterPage.clampSize(size));
        model.addAttribute("result", result);
        model.addAttribute("q", q);
        model.addAttribute("unit", unit);
        model.addAttribute("confidentiality", confidentiality);
        model.addAttribute("storage", storage);
        model.addAttribute("system", system);
        model.addAttribute("personal", personal);
        model.addAttribute("disposed", disposed);
        model.addAttribute("sort", sort);
        model.addAttribute("units", units.list());
        model.addAttribute("storageKinds", StorageKind.values());
        model.addAttribute("scheme", classification.schemeFor(Actors.current().organizationId()));
        model.addAttribute("canRegister", Actors.current().can(Permission.REGISTRY_ADMINISTER));
        return "registry/assets";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_READ')")
    void export(
            @RequestParam(defaultValue = "XLSX") AssetTransfer.Format format,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) String confidentiality,
            @RequestParam(required = false) StorageKind storage,
            @RequestParam(required = false) UUID system,
            @RequestParam(required = false) Boolean personal,
            @RequestParam(defaultValue = "false") boolean disposed,
            HttpServletResponse response)
            throws IOException {
        String name = "information-assets-" + LocalDate.now() + (format == AssetTransfer.Format.CSV ? ".csv" : ".xlsx");
        response.setContentType(
                format == AssetTransfer.Format.CSV
                        ? "text/csv; charset=UTF-8"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        transfer.export(
                new AssetQuery(q, unit, confidentiality, storage, system, personal, disposed, "code"),
                format,
                LocaleContextHolder.getLocale(),
                response.getOutputStream());
    }

    @PostMapping("/import")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String importAssets(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        ImportReport report = transfer.importAssets(file.getOriginalFilename(), file.getBytes());
        model.addAttribute("report", report);
        model.addAttribute("fileName", file.getOriginalFilename());
        return "registry/asset-import";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String create(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new AssetForm());
        }
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String register(
            @ModelAttribute("form") AssetForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return pages.submit(
                binding,
                () -> {
                    InformationAsset created = assets.register(form.draft(manager(form.getManagerNumber())));
                    redirect.addFlashAttribute("flash", "common.saved");
                    return "redirect:/registry/assets/" + created.id();
                },
                () -> form(model, null));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_READ')")
    String asset(@PathVariable UUID id, Model model) {
        InformationAsset asset = assets.get(id);
        model.addAttribute("asset", asset);
        model.addAttribute("groups", assets.groupsOf(asset));
        model.addAttribute("caveats", assets.disposalCaveats(asset));
        model.addAttribute("scheme", classification.schemeFor(Actors.current().organizationId()));
        model.addAttribute("table", rules.tables().get(0));
        boolean keepable = assets.keepable(asset);
        model.addAttribute("keepable", keepable);
        if (keepable && !model.containsAttribute("form")) {
            String number = asset.managerId() == null
                    ? null
                    : people.get(asset.managerId()).employeeNumber();
            model.addAttribute("form", AssetForm.of(asset, number));
        }
        if (keepable) {
            formChoices(model);
        }
        model.addAttribute("id", id);
        return "registry/asset";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    String revise(
            @PathVariable UUID id,
            @ModelAttribute("form") AssetForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return pages.submit(
                binding,
                () -> {
                    assets.revise(id, form.getVersion(), form.draft(manager(form.getManagerNumber())));
                    redirect.addFlashAttribute("flash", "common.saved");
                    return "redirect:/registry/assets/" + id;
                },
                () -> asset(id, model));
    }

    private UUID manager(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        Optional<Person> person = people.byEmployeeNumber(number.strip());
        return person.map(Person::id)
                .orElseThrow(() -> new DomainException("registry.asset.managerNumber.unknown", number));
    }

    private String form(Model model, UUID id) {
        model.addAttribute("id", id);
        formChoices(model);
        return "registry/asset-form";
    }

    private void formChoices(Model model) {
        ClassificationScheme scheme = classification.schemeFor(Actors.current().organizationId());
        model.addAttribute("scheme", scheme);
        model.addAttribute("confidentialityLevels", scheme.levels(Axis.CONFIDENTIALITY));
        model.addAttribute("integrityLevels", scheme.levels(Axis.INTEGRITY));
        model.addAttribute("availabilityLevels", scheme.levels(Axis.AVAILABILITY));
        model.addAttribute("units", units.list());
        model.addAttribute("storageKinds", StorageKind.values());
        model.addAttribute("disposalMethods", DisposalMethod.values());
        model.addAttribute("systemChoices", systems.choices());
        model.addAttribute("mediumChoices", media.choices());
    }
}
