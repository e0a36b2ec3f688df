package dev.toitsu.registry.rest;

import dev.toitsu.registry.Applicability;
import dev.toitsu.registry.ApplicabilityRule;
import dev.toitsu.registry.ApplicabilitySettings;
import dev.toitsu.registry.ApplicableRequirement;
import dev.toitsu.registry.AssetDraft;
import dev.toitsu.registry.AssetQuery;
import dev.toitsu.registry.AssetTransfer;
import dev.toitsu.registry.Equipment;
import dev.toitsu.registry.EquipmentDraft;
import dev.toitsu.registry.EquipmentKind;
import dev.toitsu.registry.EquipmentRegister;
import dev.toitsu.registry.ExternalMedia;
import dev.toitsu.registry.ExternalMedium;
import dev.toitsu.registry.Hosting;
import dev.toitsu.registry.ImportReport;
import dev.toitsu.registry.Importance;
import dev.toitsu.registry.ImportanceAssessment;
import dev.toitsu.registry.ImportanceCriterion;
import dev.toitsu.registry.ImportanceDecision;
import dev.toitsu.registry.InformationAsset;
import dev.toitsu.registry.InformationAssets;
import dev.toitsu.registry.InformationSystem;
import dev.toitsu.registry.InformationSystems;
import dev.toitsu.registry.LifecyclePhase;
import dev.toitsu.registry.MediumDraft;
import dev.toitsu.registry.MediumStatus;
import dev.toitsu.registry.RegisterPage;
import dev.toitsu.registry.RequirementStatus;
import dev.toitsu.registry.StatementOfApplicability;
import dev.toitsu.registry.StorageKind;
import dev.toitsu.registry.SystemDraft;
import dev.toitsu.registry.SystemQuery;
import dev.toitsu.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The registers over the API. Authorization is the facades' (unit and system scope); the handlers only require a
 * signed-in token because system-scoped role holders carry no organization-level permission.
 */
@RestController
@RequestMapping("/api/v1/registry")
class RegistryApi {

    private final InformationSystems systems;
    private final InformationAssets assets;
    private final AssetTransfer transfer;
    private final Applicability applicability;
    private final EquipmentRegister equipment;
    private final ExternalMedia media;
    private final ApplicabilitySettings settings;

    RegistryApi(
            InformationSystems systems,
            InformationAssets assets,
            AssetTransfer transfer,
            Applicability applicability,
            EquipmentRegister equipment,
            ExternalMedia media,
            ApplicabilitySettings settings) {
        this.systems = systems;
        this.assets = assets;
        this.transfer = transfer;
        this.applicability = applicability;
        this.equipment = equipment;
        this.media = media;
        this.settings = settings;
    }

    record SystemRevision(SystemDraft value, Long version) {}

    record ImportanceRequest(Importance importance, Set<String> criteria, String rationale, Long version) {}

    record StatusRequest(RequirementStatus status, String reason, Long version) {}

    // 情報システム台帳

    @GetMapping("/systems")
    @PreAuthorize("isAuthenticated()")
    RegisterPage<InformationSystem> systems(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) Importance importance,
            @RequestParam(required = false) LifecyclePhase phase,
            @RequestParam(required = false) Hosting hosting,
            @RequestParam(required = false) Boolean internetFacing,
            @RequestParam(defaultValue = "false") boolean reclassificationDue,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return systems.search(
                new SystemQuery(q, unit, importance, phase, hosting, internetFacing, reclassificationDue, sort),
                page,
                RegisterPage.clampSize(size));
    }

    @GetMapping("/systems/{id}")
    @PreAuthorize("isAuthenticated()")
    InformationSystem system(@PathVariable UUID id) {
        return systems.get(id);
    }

    @PostMapping("/systems")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    ResponseEntity<InformationSystem> register(@RequestBody SystemDraft draft) {
        InformationSystem created = systems.register(draft);
        return ResponseEntity.created(URI.create("/api/v1/registry/systems/" + created.id()))
                .body(created);
    }

    @PutMapping("/systems/{id}")
    @PreAuthorize("isAuthenticated()")
    InformationSystem revise(@PathVariable UUID id, @RequestBody SystemRevision request) {
        if (request.version() == null) {
            throw new DomainException("registry.version.required");
        }
        return systems.revise(id, request.version(), request.value());
    }

    @GetMapping("/systems/{id}/importance")
    @PreAuthorize("isAuthenticated()")
    ImportanceAssessment assessment(@PathVariable UUID id) {
        return systems.assess(id, null);
    }

    @GetMapping("/systems/{id}/importance/history")
    @PreAuthorize("isAuthenticated()")
    List<ImportanceDecision> decisions(@PathVariable UUID id) {
        return systems.decisions(id);
    }

    @PostMapping("/systems/{id}/importance")
    @PreAuthorize("isAuthenticated()")
    InformationSystem decide(@PathVariable UUID id, @RequestBody ImportanceRequest request) {
        if (request.version() == null) {
            throw new DomainException("registry.version.required");
        }
        return systems.decideImportance(
                id,
                request.version(),
                request.importance(),
                request.criteria() == null ? Set.of() : request.criteria(),
                request.rationale());
    }

    @GetMapping("/systems/{id}/applicability")
    @PreAuthorize("isAuthenticated()")
    StatementOfApplicability statement(@PathVariable UUID id) {
        return applicability.statement(id);
    }

    /** {@code nodeId} as the catalog numbers it (URL-encoded), e.g. 6.2.1(1)-3. */
    @PutMapping("/systems/{id}/applicability")
    @PreAuthorize("isAuthenticated()")
    ApplicableRequirement declare(
            @PathVariable UUID id, @RequestParam String nodeId, @RequestBody StatusRequest request) {
        return applicability.declare(
                id, nodeId, request.version() == null ? -1 : request.version(), request.status(), request.reason());
    }

    // 台帳の設定 (統括): edition in force, 重要度 criteria, applicability rules

    record Settings(
            String edition, List<String> editions, List<ImportanceCriterion> criteria, List<ApplicabilityRule> rules) {}

    record EditionChoice(String edition) {}

    record CriterionRequest(Importance importance, String text, String textEn, Integer sortOrder) {}

    record RuleRequest(String edition, String prefix, String condition, String note) {}

    /** The settings, with the rules of {@code edition} (default: the edition in force). */
    @GetMapping("/settings")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
    Settings settings(@RequestParam(required = false) String edition) {
        String inForce = applicability.edition();
        return new Settings(
                inForce,
                applicability.editions(),
                settings.criteria(),
                settings.rules(edition == null ? inForce : edition));
    }

    @PutMapping("/settings/edition")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
    ResponseEntity<Void> chooseEdition(@RequestBody EditionChoice choice) {
        applicability.chooseEdition(choice.edition());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/settings/criteria/{code}")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
    ImportanceCriterion saveCriterion(@PathVariable String code, @RequestBody CriterionRequest request) {
        return settings.saveCriterion(
                code, request.importance(), request.text(), request.textEn(), request.sortOrder());
    }

    @DeleteMapping("/settings/criteria/{code}")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
    ResponseEntity<Void> retireCriterion(@PathVariable String code) {
        settings.retireCriterion(code);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/settings/rules")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
    ApplicabilityRule saveRule(@RequestBody RuleRequest request) {
        return settings.saveRule(request.edition(), request.prefix(), request.condition(), request.note());
    }

    @DeleteMapping("/settings/rules")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
    ResponseEntity<Void> removeRule(@RequestParam String edition, @RequestParam String prefix) {
        settings.removeRule(edition, prefix);
        return ResponseEntity.noContent().build();
    }

    // 情報資産台帳

    @GetMapping("/assets")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_READ')")
    RegisterPage<InformationAsset> assets(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) String confidentiality,
            @RequestParam(required = false) StorageKind storage,
            @RequestParam(required = false) UUID system,
            @RequestParam(required = false) Boolean personalInfo,
            @RequestParam(defaultValue = "false") boolean includeDisposed,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return assets.search(
                new AssetQuery(q, unit, confidentiality, storage, system, personalInfo, includeDisposed, sort),
                page,
                RegisterPage.clampSize(size));
    }

    @GetMapping("/assets/{id}")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_READ')")
    InformationAsset asset(@PathVariable UUID id) {
        return assets.get(id);
    }

    @PostMapping("/assets")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    ResponseEntity<InformationAsset> register(@RequestBody AssetDraft draft) {
        InformationAsset created = assets.register(draft);
        return ResponseEntity.created(URI.create("/api/v1/registry/assets/" + created.id()))
                .body(created);
    }

    @PutMapping("/assets/{id}")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    InformationAsset revise(@PathVariable UUID id, @RequestBody AssetRevision request) {
        if (request.version() == null) {
            throw new DomainException("registry.version.required");
        }
        return assets.revise(id, request.version(), request.value());
    }

    record AssetRevision(AssetDraft value, Long version) {}

    /** The register as a file (the same format the import reads). */
    @GetMapping("/assets/export")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_READ')")
    void export(
            @RequestParam(defaultValue = "CSV") AssetTransfer.Format format,
            @RequestParam(defaultValue = "ja") String lang,
            HttpServletResponse response)
            throws IOException {
        response.setContentType(
                format == AssetTransfer.Format.CSV
                        ? "text/csv; charset=UTF-8"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        transfer.export(AssetQuery.all(), format, Locale.forLanguageTag(lang), response.getOutputStream());
    }

    /** All rows or none; the report lists every problem with its line and column. 422 when nothing was imported. */
    @PostMapping("/assets/import")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    ResponseEntity<ImportReport> importAssets(jakarta.servlet.http.HttpServletRequest request) throws IOException {
        MultipartFile file = request instanceof org.springframework.web.multipart.MultipartHttpServletRequest multipart
                ? multipart.getFile("file")
                : null;
        if (file == null) {
            throw new DomainException("registry.import.file.required"); // a multipart/form-data part named "file"
        }
        ImportReport report = transfer.importAssets(file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.status(report.committed() ? 200 : 422).body(report);
    }

    // 機器等

    @GetMapping("/equipment")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_READ')")
    RegisterPage<Equipment> equipment(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) EquipmentKind kind,
            @RequestParam(required = false) UUID system,
            @RequestParam(defaultValue = "false") boolean includeRetired,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return equipment.search(q, kind, system, includeRetired, page, RegisterPage.clampSize(size));
    }

    @GetMapping("/equipment/{id}")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_READ')")
    Equipment equipmentItem(@PathVariable UUID id) {
        return equipment.get(id);
    }

    @PostMapping("/equipment")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    ResponseEntity<Equipment> register(@RequestBody EquipmentDraft draft) {
        Equipment created = equipment.register(draft);
        return ResponseEntity.created(URI.create("/api/v1/registry/equipment/" + created.id()))
                .body(created);
    }

    @PutMapping("/equipment/{id}")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    Equipment revise(@PathVariable UUID id, @RequestBody EquipmentRevision request) {
        if (request.version() == null) {
            throw new DomainException("registry.version.required");
        }
        return equipment.revise(id, request.version(), request.value());
    }

    record EquipmentRevision(EquipmentDraft value, Long version) {}

    // 外部電磁的記録媒体

    @GetMapping("/media")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_READ')")
    RegisterPage<ExternalMedium> media(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) MediumStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size) {
        return media.search(q, status, page, RegisterPage.clampSize(size));
    }

    @GetMapping("/media/{id}")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_READ')")
    ExternalMedium medium(@PathVariable UUID id) {
        return media.get(id);
    }

    @PostMapping("/media")
    @PreAuthorize("hasAuthority('PERM_REGISTRY_ADMINISTER')")
    ResponseEntity<ExternalMedium> register(@RequestBody MediumDraft draft) {
        ExternalMedium created = media.register(draft);
        return ResponseEntity.created(URI.create("/api/v1/registry/media/" + created.id()))
                .body(created);
    }
}
