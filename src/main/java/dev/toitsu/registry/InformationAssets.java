package dev.toitsu.registry;

import dev.toitsu.classification.Axis;
import dev.toitsu.classification.Classification;
import dev.toitsu.classification.ClassificationScheme;
import dev.toitsu.classification.Grading;
import dev.toitsu.classification.InformationGroup;
import dev.toitsu.organization.People;
import dev.toitsu.organization.Person;
import dev.toitsu.organization.Unit;
import dev.toitsu.organization.Units;
import dev.toitsu.registry.domain.AssetRepository;
import dev.toitsu.registry.domain.DisposalPolicy;
import dev.toitsu.registry.domain.Fields;
import dev.toitsu.registry.domain.MediumRepository;
import dev.toitsu.registry.domain.RegisterAccess;
import dev.toitsu.registry.domain.RegisterChanges;
import dev.toitsu.registry.domain.RegisterScope;
import dev.toitsu.registry.domain.SystemRepository;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 情報資産台帳 (003 2.1④(g); 001 3.1.1): graded with the organization's scheme, stored in a system, on a medium
 * or on paper, with retention and disposal. A change of grading flags the systems that handle the asset for
 * re-classification (000 5.1.1(3)).
 */
@Service
@Transactional
public class InformationAssets {

    private final AssetRepository assets;
    private final SystemRepository systems;
    private final MediumRepository media;
    private final RegisterAccess access;
    private final RegisterChanges changes;
    private final Classification classification;
    private final Units units;
    private final People people;

    InformationAssets(
            AssetRepository assets,
            SystemRepository systems,
            MediumRepository media,
            RegisterAccess access,
            RegisterChanges changes,
            Classification classification,
            Units units,
            People people) {
        this.assets = assets;
        this.systems = systems;
        this.media = media;
        this.access = access;
        this.changes = changes;
        this.classification = classification;
        this.units = units;
        this.people = people;
    }

    @Transactional(readOnly = true)
    public RegisterPage<InformationAsset> search(AssetQuery query, int page, int size) {
        return assets.page(access.reader(), query, Math.max(0, page), RegisterPage.clampSize(size));
    }

    /** Every asset the query selects, for exports; streamed in code order. */
    @Transactional(readOnly = true)
    public void each(AssetQuery query, Consumer<InformationAsset> consumer) {
        assets.each(access.reader(), query, consumer);
    }

    @Transactional(readOnly = true)
    public InformationAsset get(UUID id) {
        return visible(access.reader(), id);
    }

    @Transactional(readOnly = true)
    public List<InformationAsset> linkedTo(UUID systemId) {
        return assets.linkedTo(systemId);
    }

    @Transactional(readOnly = true)
    public List<InformationAsset> storedIn(UUID systemId) {
        return assets.storedIn(systemId);
    }

    /** The groupings (要機密/要保全/要安定/要保護) of an asset under the current scheme. */
    @Transactional(readOnly = true)
    public Set<InformationGroup> groupsOf(InformationAsset asset) {
        ClassificationScheme scheme = classification.schemeFor(access.reader().organizationId());
        return scheme.groupsOf(new Grading(asset.confidentiality(), asset.integrity(), asset.availability()));
    }

    /** Message codes of caveats on the asset's disposal (SSD and flash memory, plain deletion of 要機密情報). */
    @Transactional(readOnly = true)
    public List<String> disposalCaveats(InformationAsset asset) {
        MediumKind kind = asset.storageMediumId() == null
                ? null
                : media.find(access.reader().organizationId(), asset.storageMediumId())
                        .map(ExternalMedium::kind)
                        .orElse(null);
        return DisposalPolicy.caveats(
                asset.disposalMethod(), kind, groupsOf(asset).contains(InformationGroup.REQUIRES_CONFIDENTIALITY));
    }

    @Transactional(readOnly = true)
    public boolean keepable(InformationAsset asset) {
        return access.keepScope().coversUnit(asset.ownerUnitId());
    }

    public InformationAsset register(AssetDraft draft) {
        RegisterScope scope = access.keeper();
        String code = draft.code() == null || draft.code().isBlank()
                ? systems.nextCode("IA")
                : Fields.code(draft.code(), "registry.asset.code");
        if (assets.codeTaken(scope.organizationId(), code, null)) {
            throw new ConflictException("registry.asset.code.taken", code);
        }
        AssetDraft clean = validate(scope, withCode(draft, code), List.of(), checks(scope));
        UUID id = assets.insert(scope.organizationId(), clean);
        systems.markForReclassification(
                clean.storageSystemId() == null ? List.of() : List.of(clean.storageSystemId()),
                ReclassificationReason.INFORMATION_CHANGED);
        changes.record(
                scope.organizationId(),
                "registry.asset.registered",
                "information-asset",
                id,
                "情報資産を登録: " + clean.code() + " " + clean.name(),
                null,
                state(clean));
        return get(id);
    }

    public InformationAsset revise(UUID id, long version, AssetDraft draft) {
        RegisterScope scope = access.keeper();
        InformationAsset current = keepable(scope, id);
        if (draft.code() != null
                && !draft.code().isBlank()
                && !draft.code().strip().equals(current.code())) {
            throw new DomainException("registry.asset.code.immutable");
        }
        AssetDraft clean = validate(scope, withCode(draft, current.code()), current.restrictions(), checks(scope));
        assets.update(id, version, clean);
        afterChange(current, clean);
        changes.record(
                scope.organizationId(),
                "registry.asset.revised",
                "information-asset",
                id,
                "情報資産を変更: " + clean.code() + " " + clean.name(),
                state(draftOf(current)),
                state(clean));
        return get(id);
    }

    /** A grading or storage change means the systems handling it may need a new 重要度. */
    private void afterChange(InformationAsset before, AssetDraft after) {
        boolean gradingChanged = !Objects.equals(before.confidentiality(), after.confidentiality())
                || !Objects.equals(before.integrity(), after.integrity())
                || !Objects.equals(before.availability(), after.availability())
                || !Objects.equals(before.storageSystemId(), after.storageSystemId())
                || (before.disposedOn() == null) != (after.disposedOn() == null);
        if (gradingChanged) {
            Set<UUID> affected = new HashSet<>(systems.handling(before.id()));
            if (after.storageSystemId() != null) {
                affected.add(after.storageSystemId());
            }
            systems.markForReclassification(affected, ReclassificationReason.INFORMATION_CHANGED);
        }
    }

    /**
     * What a draft is checked against, read once (an import checks 100,000 rows against it): the scheme, units,
     * systems and media of the organization, and people looked up by id at most once each.
     */
    record Checks(
            ClassificationScheme scheme,
            Map<UUID, Unit> units,
            Map<String, UUID> unitCodes,
            Map<String, UUID> systemCodes,
            Map<String, UUID> mediumCodes,
            Map<UUID, String> mediumMax,
            Map<UUID, Boolean> activePeople) {}

    Checks checks(RegisterScope scope) {
        List<Unit> all = units.list();
        return new Checks(
                classification.schemeFor(scope.organizationId()),
                all.stream().collect(Collectors.toMap(Unit::id, u -> u)),
                all.stream().collect(Collectors.toMap(Unit::code, Unit::id)),
                systems.idsByCode(scope.organizationId()),
                media.idsByCode(scope.organizationId()),
                media.maxConfidentiality(scope.organizationId()),
                new java.util.HashMap<>());
    }

    /** The person with this employee number, once per number. An unknown number is a row error, not a rollback. */
    @Transactional(noRollbackFor = DomainException.class)
    Person personByNumber(String number, Map<String, java.util.Optional<Person>> cache) {
        return cache.computeIfAbsent(number, people::byEmployeeNumber)
                .orElseThrow(() -> new DomainException("registry.asset.managerId.unknown", number));
    }

    /** The employee number of a manager, for exports. */
    String employeeNumber(UUID personId) {
        return people.get(personId).employeeNumber();
    }

    static AssetDraft withCode(AssetDraft d, String code) {
        return new AssetDraft(
                code,
                d.name(),
                d.description(),
                d.ownerUnitId(),
                d.managerId(),
                d.confidentiality(),
                d.integrity(),
                d.availability(),
                d.restrictions(),
                d.restrictionDetail(),
                d.storageKind(),
                d.storageSystemId(),
                d.storageMediumId(),
                d.storageLocation(),
                d.personalInfo(),
                d.specificPersonalInfo(),
                d.retentionUntil(),
                d.retentionNote(),
                d.disposalMethod(),
                d.disposedOn(),
                d.disposalRecord());
    }

    /**
     * Checks everything but the code's uniqueness (the caller knows whether it creates or updates). A failure is a
     * row error for an import, so it does not mark the import's transaction for rollback.
     */
    @Transactional(noRollbackFor = DomainException.class)
    AssetDraft validate(RegisterScope scope, AssetDraft d, List<String> carried, Checks refs) {
        String code = Fields.code(d.code(), "registry.asset.code");
        if (d.ownerUnitId() == null) {
            throw new DomainException("registry.asset.ownerUnitId.required");
        }
        if (!refs.units().containsKey(d.ownerUnitId())) {
            throw new DomainException("registry.asset.ownerUnitId.unknown");
        }
        if (!scope.coversUnit(d.ownerUnitId())) {
            throw new AccessDeniedException("registry.asset.ownerUnitId.forbidden");
        }
        if (d.managerId() != null) {
            boolean active = refs.activePeople()
                    .computeIfAbsent(d.managerId(), id -> people.get(id).active());
            if (!active) {
                throw new DomainException("registry.asset.managerId.inactive");
            }
        }
        String detail = Fields.optional(d.restrictionDetail(), 1000, "registry.asset.restrictionDetail");
        List<String> restrictions = d.restrictions().stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        Grading grading = new Grading(d.confidentiality(), d.integrity(), d.availability());
        refs.scheme().requireValid(grading, restrictions, carried, detail);
        StorageKind storage = Objects.requireNonNullElse(d.storageKind(), StorageKind.OTHER);
        UUID system = storage == StorageKind.SYSTEM ? d.storageSystemId() : null;
        UUID medium = storage == StorageKind.MEDIUM ? d.storageMediumId() : null;
        if (storage == StorageKind.SYSTEM
                && (system == null || !refs.systemCodes().containsValue(system))) {
            throw new DomainException("registry.asset.storageSystemId.required");
        }
        if (storage == StorageKind.MEDIUM
                && (medium == null || !refs.mediumCodes().containsValue(medium))) {
            throw new DomainException("registry.asset.storageMediumId.required");
        }
        if (medium != null) {
            String max = refs.mediumMax().get(medium);
            if (refs.scheme().rank(Axis.CONFIDENTIALITY, grading.confidentiality())
                    > refs.scheme().rank(Axis.CONFIDENTIALITY, max)) {
                throw new DomainException("registry.asset.storageMediumId.tooSensitive", max);
            }
        }
        if (d.disposedOn() != null && d.disposalMethod() == null) {
            throw new DomainException("registry.asset.disposalMethod.required");
        }
        return new AssetDraft(
                code,
                Fields.required(d.name(), 200, "registry.asset.name"),
                Fields.optional(d.description(), 2000, "registry.asset.description"),
                d.ownerUnitId(),
                d.managerId(),
                grading.confidentiality(),
                grading.integrity(),
                grading.availability(),
                restrictions,
                detail,
                storage,
                system,
                medium,
                Fields.optional(d.storageLocation(), 500, "registry.asset.storageLocation"),
                d.personalInfo() || d.specificPersonalInfo(),
                d.specificPersonalInfo(),
                d.retentionUntil(),
                Fields.optional(d.retentionNote(), 500, "registry.asset.retentionNote"),
                d.disposalMethod(),
                d.disposedOn(),
                Fields.optional(d.disposalRecord(), 2000, "registry.asset.disposalRecord"));
    }

    private InformationAsset visible(RegisterScope scope, UUID id) {
        InformationAsset asset =
                assets.find(scope.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
        boolean viaSystem = !scope.systems().isEmpty()
                && (scope.systems().contains(asset.storageSystemId())
                        || systems.handling(id).stream().anyMatch(scope.systems()::contains));
        if (!scope.coversUnit(asset.ownerUnitId()) && !viaSystem) {
            throw new NotFoundException("error.notFound");
        }
        return asset;
    }

    private InformationAsset keepable(RegisterScope scope, UUID id) {
        InformationAsset asset = visible(access.reader(), id);
        if (!scope.coversUnit(asset.ownerUnitId())) {
            throw new AccessDeniedException("error.forbidden");
        }
        return asset;
    }

    static AssetDraft draftOf(InformationAsset a) {
        return new AssetDraft(
                a.code(),
                a.name(),
                a.description(),
                a.ownerUnitId(),
                a.managerId(),
                a.confidentiality(),
                a.integrity(),
                a.availability(),
                a.restrictions(),
                a.restrictionDetail(),
                a.storageKind(),
                a.storageSystemId(),
                a.storageMediumId(),
                a.storageLocation(),
                a.personalInfo(),
                a.specificPersonalInfo(),
                a.retentionUntil(),
                a.retentionNote(),
                a.disposalMethod(),
                a.disposedOn(),
                a.disposalRecord());
    }

    static Map<String, Object> state(AssetDraft d) {
        return RegisterChanges.state(
                "code", d.code(),
                "name", d.name(),
                "ownerUnitId", d.ownerUnitId(),
                "managerId", d.managerId(),
                "confidentiality", d.confidentiality(),
                "integrity", d.integrity(),
                "availability", d.availability(),
                "restrictions", d.restrictions(),
                "restrictionDetail", d.restrictionDetail(),
                "storageKind", d.storageKind(),
                "storageSystemId", d.storageSystemId(),
                "storageMediumId", d.storageMediumId(),
                "storageLocation", d.storageLocation(),
                "personalInfo", d.personalInfo(),
                "specificPersonalInfo", d.specificPersonalInfo(),
                "retentionUntil", d.retentionUntil(),
                "disposalMethod", d.disposalMethod(),
                "disposedOn", d.disposedOn());
    }
}
