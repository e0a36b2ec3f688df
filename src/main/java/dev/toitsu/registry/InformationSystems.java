package dev.toitsu.registry;

import dev.toitsu.classification.Axis;
import dev.toitsu.classification.Classification;
import dev.toitsu.classification.ClassificationScheme;
import dev.toitsu.classification.Grading;
import dev.toitsu.classification.InformationGroup;
import dev.toitsu.classification.Level;
import dev.toitsu.organization.RoleAssignments;
import dev.toitsu.organization.RoleHolder;
import dev.toitsu.organization.Unit;
import dev.toitsu.organization.Units;
import dev.toitsu.registry.domain.AssetRepository;
import dev.toitsu.registry.domain.CriterionRepository;
import dev.toitsu.registry.domain.DocumentRepository;
import dev.toitsu.registry.domain.Fields;
import dev.toitsu.registry.domain.ImportancePolicy;
import dev.toitsu.registry.domain.RegisterAccess;
import dev.toitsu.registry.domain.RegisterChanges;
import dev.toitsu.registry.domain.RegisterScope;
import dev.toitsu.registry.domain.SystemRepository;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 情報システム台帳: register and revise systems, link the information they handle and the systems they depend on,
 * decide their 重要度 by the organization's criteria (history kept, 000 5.1.1(3) re-classification flagged), and keep
 * their documents. A 課室 keeps the systems its units own; system roles keep their own system.
 */
@Service
@Transactional
public class InformationSystems {

    /** 関連文書: 20 MB each, office documents, PDF, images and text only (docs/adr/0004). */
    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    public static final Set<String> DOCUMENT_TYPES = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/msword",
            "application/vnd.ms-excel",
            "text/plain",
            "text/csv",
            "image/png",
            "image/jpeg");

    private final SystemRepository systems;
    private final CriterionRepository criteria;
    private final DocumentRepository documents;
    private final AssetRepository assets;
    private final RegisterAccess access;
    private final RegisterChanges changes;
    private final Classification classification;
    private final Units units;
    private final RoleAssignments roleAssignments;

    InformationSystems(
            SystemRepository systems,
            CriterionRepository criteria,
            DocumentRepository documents,
            AssetRepository assets,
            RegisterAccess access,
            RegisterChanges changes,
            Classification classification,
            Units units,
            RoleAssignments roleAssignments) {
        this.systems = systems;
        this.criteria = criteria;
        this.documents = documents;
        this.assets = assets;
        this.access = access;
        this.changes = changes;
        this.classification = classification;
        this.units = units;
        this.roleAssignments = roleAssignments;
    }

    @Transactional(readOnly = true)
    public RegisterPage<InformationSystem> search(SystemQuery query, int page, int size) {
        RegisterScope scope = access.readScope();
        if (scope.isEmpty()) {
            return new RegisterPage<>(List.of(), 0, RegisterPage.clampSize(size), 0); // e.g. staff without system roles
        }
        RegisterPage<InformationSystem> result =
                systems.page(scope, query, Math.max(0, page), RegisterPage.clampSize(size));
        return new RegisterPage<>(
                withHighest(scope.organizationId(), result.items()), result.page(), result.size(), result.total());
    }

    @Transactional(readOnly = true)
    public InformationSystem get(UUID id) {
        RegisterScope scope = access.readScope();
        return withHighest(scope.organizationId(), List.of(visible(scope, id))).get(0);
    }

    /** The systems the actor may pick (links, asset storage): name order, at most 2,000. */
    @Transactional(readOnly = true)
    public List<SystemLink> choices() {
        return systems.choices(access.readScope());
    }

    /** Whether the actor may change this system's record. */
    @Transactional(readOnly = true)
    public boolean keepable(UUID id) {
        RegisterScope scope = access.keepScope();
        InformationSystem system = get(id);
        return scope.coversSystem(id, system.ownerUnitId());
    }

    public InformationSystem register(SystemDraft draft) {
        RegisterScope scope = access.keeper();
        Actor actor = Actors.current();
        SystemDraft clean = validate(scope, draft, null);
        if (!scope.coversUnit(clean.ownerUnitId())) {
            throw new AccessDeniedException("error.forbidden");
        }
        UUID id = systems.insert(scope.organizationId(), clean);
        changes.record(
                scope.organizationId(),
                "registry.system.registered",
                "information-system",
                id,
                "情報システムを登録: " + clean.name() + " by " + actor.displayName(),
                null,
                state(clean));
        return get(id);
    }

    /**
     * Registers a system under an id chosen beforehand: one kept from another register, or one that role
     * assignments (情報システムセキュリティ責任者) already refer to. Refused when the id is taken.
     */
    public InformationSystem registerWithId(UUID id, SystemDraft draft) {
        RegisterScope scope = access.keeper();
        SystemDraft clean = validate(scope, draft, null);
        if (!scope.coversUnit(clean.ownerUnitId())) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (systems.find(scope.organizationId(), id).isPresent()) {
            throw new ConflictException("registry.system.id.taken");
        }
        systems.insertWithId(scope.organizationId(), id, clean);
        changes.record(
                scope.organizationId(),
                "registry.system.registered",
                "information-system",
                id,
                "情報システムを登録: " + clean.name(),
                null,
                state(clean));
        return get(id);
    }

    public InformationSystem revise(UUID id, long version, SystemDraft draft) {
        RegisterScope scope = access.keepScope();
        InformationSystem current = keepable(scope, id);
        SystemDraft clean = validate(
                scope, draft.code() == null || draft.code().isBlank() ? withCode(draft, current.code()) : draft, id);
        if (!clean.ownerUnitId().equals(current.ownerUnitId()) && !scope.coversUnit(clean.ownerUnitId())) {
            throw new AccessDeniedException("error.forbidden");
        }
        systems.update(id, version, clean, reclassificationOn(current.lifecyclePhase(), clean.lifecyclePhase()));
        changes.record(
                scope.organizationId(),
                "registry.system.revised",
                "information-system",
                id,
                "情報システムを変更: " + clean.name(),
                state(draftOf(current)),
                state(clean));
        return get(id);
    }

    /** 000 5.1.1(3): moving into operation (built) or into renewal asks for the 重要度 to be decided again. */
    static ReclassificationReason reclassificationOn(LifecyclePhase from, LifecyclePhase to) {
        if (from == to) {
            return null;
        }
        if (to == LifecyclePhase.OPERATION && from == LifecyclePhase.CONSTRUCTION) {
            return ReclassificationReason.BUILT;
        }
        if (to == LifecyclePhase.RENEWAL_OR_DISPOSAL) {
            return ReclassificationReason.RENEWED;
        }
        return null;
    }

    /** The system relies on another; an incident there affects it (and may raise the other's 重要度). */
    public InformationSystem addDependency(UUID id, UUID dependsOnId, String note) {
        RegisterScope scope = access.keepScope();
        InformationSystem system = keepable(scope, id);
        InformationSystem other = systems.find(scope.organizationId(), dependsOnId)
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        if (id.equals(dependsOnId)) {
            throw new DomainException("registry.system.dependency.self");
        }
        if (systems.addDependency(id, dependsOnId, Fields.optional(note, 500, "registry.system.dependency.note"))) {
            systems.markForReclassification(List.of(dependsOnId), ReclassificationReason.LINKS_CHANGED);
            changes.record(
                    scope.organizationId(),
                    "registry.system-dependency.added",
                    "information-system",
                    id,
                    "依存関係を追加: " + system.name() + " → " + other.name(),
                    null,
                    RegisterChanges.state("dependsOn", other.code()));
        }
        return get(id);
    }

    public InformationSystem removeDependency(UUID id, UUID dependsOnId) {
        RegisterScope scope = access.keepScope();
        InformationSystem system = keepable(scope, id);
        if (systems.removeDependency(id, dependsOnId)) {
            systems.markForReclassification(List.of(dependsOnId), ReclassificationReason.LINKS_CHANGED);
            changes.record(
                    scope.organizationId(),
                    "registry.system-dependency.removed",
                    "information-system",
                    id,
                    "依存関係を削除: " + system.name(),
                    RegisterChanges.state("dependsOn", dependsOnId),
                    null);
        }
        return get(id);
    }

    @Transactional(readOnly = true)
    public List<SystemLink> dependencies(UUID id) {
        visible(access.readScope(), id);
        return systems.dependencies(id);
    }

    @Transactional(readOnly = true)
    public List<SystemLink> dependents(UUID id) {
        visible(access.readScope(), id);
        return systems.dependents(id);
    }

    /** The system handles this information (stored elsewhere or only processed here). */
    public InformationSystem linkAsset(UUID id, UUID assetId) {
        RegisterScope scope = access.keepScope();
        InformationSystem system = keepable(scope, id);
        InformationAsset asset =
                assets.find(scope.organizationId(), assetId).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (systems.linkAsset(id, asset.id())) {
            systems.markForReclassification(List.of(id), ReclassificationReason.INFORMATION_CHANGED);
            changes.record(
                    scope.organizationId(),
                    "registry.system-asset.linked",
                    "information-system",
                    id,
                    "取り扱う情報資産を追加: " + system.name() + " ← " + asset.name(),
                    null,
                    RegisterChanges.state("asset", asset.code()));
        }
        return get(id);
    }

    public InformationSystem unlinkAsset(UUID id, UUID assetId) {
        RegisterScope scope = access.keepScope();
        InformationSystem system = keepable(scope, id);
        if (systems.unlinkAsset(id, assetId)) {
            systems.markForReclassification(List.of(id), ReclassificationReason.INFORMATION_CHANGED);
            changes.record(
                    scope.organizationId(),
                    "registry.system-asset.unlinked",
                    "information-system",
                    id,
                    "取り扱う情報資産を削除: " + system.name(),
                    RegisterChanges.state("asset", assetId),
                    null);
        }
        return get(id);
    }

    /** What the criteria say: the criteria met (ticked ones as given, derived ones from the register) and the proposal. */
    @Transactional(readOnly = true)
    public ImportanceAssessment assess(UUID id, Set<String> ticked) {
        RegisterScope scope = access.readScope();
        InformationSystem system = visible(scope, id);
        return assessment(
                scope.organizationId(), system, ticked == null ? Set.copyOf(system.importanceCriteria()) : ticked);
    }

    /**
     * Decides the 重要度 (000 5.2.1(2)). Below the proposal of the criteria it needs a rationale; each decision goes
     * into the history with its occasion and clears a pending re-classification.
     */
    public InformationSystem decideImportance(
            UUID id, long version, Importance importance, Set<String> ticked, String rationale) {
        RegisterScope scope = access.keepScope();
        Actor actor = Actors.current();
        InformationSystem current = keepable(scope, id);
        if (importance == null) {
            throw new DomainException("registry.importance.importance.required");
        }
        Set<String> known = criteria.criteria(scope.organizationId()).stream()
                .map(ImportanceCriterion::code)
                .collect(Collectors.toSet());
        Set<String> clean = ticked == null ? Set.of() : new HashSet<>(ticked);
        clean.retainAll(known);
        ImportanceAssessment assessment = assessment(scope.organizationId(), current, clean);
        String reason = Fields.optional(rationale, 4000, "registry.importance.rationale");
        if (ImportancePolicy.needsRationale(importance, assessment) && reason == null) {
            throw new DomainException("registry.importance.rationale.required");
        }
        String occasion = current.importance() == null
                ? "FIRST"
                : current.reclassificationReason() == null
                        ? "REVIEW"
                        : current.reclassificationReason().name();
        List<String> met =
                assessment.met().stream().map(ImportanceCriterion::code).toList();
        systems.decide(
                scope.organizationId(),
                id,
                version,
                importance,
                assessment.proposed(),
                met,
                clean.stream().sorted().toList(),
                reason,
                occasion,
                actor.displayName());
        if (current.importance() != importance) {
            // systems that this one depends on may now affect a 高/中 system (表5.1.1-1)
            systems.markForReclassification(
                    systems.dependencies(id).stream().map(SystemLink::id).toList(),
                    ReclassificationReason.LINKS_CHANGED);
        }
        changes.record(
                scope.organizationId(),
                "registry.system-importance.decided",
                "information-system",
                id,
                "重要度を決定: " + current.name() + " " + importance,
                RegisterChanges.state("importance", current.importance()),
                RegisterChanges.state(
                        "importance",
                        importance,
                        "proposed",
                        assessment.proposed(),
                        "criteria",
                        met,
                        "occasion",
                        occasion,
                        "rationale",
                        reason));
        return get(id);
    }

    @Transactional(readOnly = true)
    public List<ImportanceDecision> decisions(UUID id) {
        visible(access.readScope(), id);
        return systems.decisions(id);
    }

    @Transactional(readOnly = true)
    public List<ImportanceCriterion> criteria() {
        return criteria.criteria(access.readScope().organizationId());
    }

    /** The 情報システムセキュリティ責任者/管理者 (system-scoped role holders) of the system today. */
    @Transactional(readOnly = true)
    public List<RoleHolder> roleHolders(UUID id) {
        visible(access.readScope(), id);
        return roleAssignments.holdersOfSystem(id);
    }

    @Transactional(readOnly = true)
    public List<SystemDocument> documents(UUID id) {
        visible(access.readScope(), id);
        return documents.of(id);
    }

    /** Keeps a document with the system; size and type limited, SHA-256 stored and shown. */
    public SystemDocument attach(
            UUID id, String title, String kind, String fileName, String contentType, byte[] content) {
        RegisterScope scope = access.keepScope();
        Actor actor = Actors.current();
        InformationSystem system = keepable(scope, id);
        if (content == null || content.length == 0) {
            throw new DomainException("registry.document.file.required");
        }
        if (content.length > MAX_DOCUMENT_BYTES) {
            throw new DomainException("registry.document.file.tooLarge", MAX_DOCUMENT_BYTES / 1024 / 1024);
        }
        String type = contentType == null
                ? ""
                : contentType.toLowerCase(java.util.Locale.ROOT).split(";")[0].strip();
        if (!DOCUMENT_TYPES.contains(type)) {
            throw new DomainException("registry.document.file.type", type);
        }
        String name = Fields.required(fileName, 255, "registry.document.file").replaceAll("[\\\\/\\p{Cntrl}]", "_");
        String sha = sha256(content);
        SystemDocument draft = new SystemDocument(
                null,
                Fields.required(title, 200, "registry.document.title"),
                Objects.requireNonNullElse(Fields.optional(kind, 100, "registry.document.kind"), "OTHER"),
                name,
                type,
                content.length,
                sha,
                null,
                actor.displayName());
        UUID docId = documents.insert(scope.organizationId(), id, draft, content);
        changes.record(
                scope.organizationId(),
                "registry.system-document.attached",
                "information-system",
                id,
                "関連文書を登録: " + system.name() + " / " + draft.title(),
                null,
                RegisterChanges.state("document", docId, "fileName", name, "sha256", sha, "size", content.length));
        return documents.of(id).stream()
                .filter(d -> d.id().equals(docId))
                .findFirst()
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public DocumentContent document(UUID id, UUID documentId) {
        RegisterScope scope = access.readScope();
        visible(scope, id);
        return documents
                .content(scope.organizationId(), id, documentId)
                .orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    /** Withdraws a document (kept in the database for the record, no longer listed or served). */
    public void withdrawDocument(UUID id, UUID documentId) {
        RegisterScope scope = access.keepScope();
        InformationSystem system = keepable(scope, id);
        if (documents.withdraw(scope.organizationId(), id, documentId) == 0) {
            throw new NotFoundException("error.notFound");
        }
        changes.record(
                scope.organizationId(),
                "registry.system-document.withdrawn",
                "information-system",
                id,
                "関連文書を取り下げ: " + system.name(),
                RegisterChanges.state("document", documentId),
                null);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    ImportanceAssessment assessment(UUID org, InformationSystem system, Set<String> ticked) {
        ClassificationScheme scheme = classification.schemeFor(org);
        List<String[]> gradings = systems.gradings(system.id());
        Level top = scheme.top(Axis.CONFIDENTIALITY).orElse(null);
        boolean handlesTop =
                top != null && gradings.stream().anyMatch(g -> top.code().equals(g[0]));
        boolean handlesProtected = gradings.stream()
                .anyMatch(g ->
                        scheme.groupsOf(new Grading(g[0], g[1], g[2])).contains(InformationGroup.REQUIRES_PROTECTION));
        String highest = scheme.highest(
                        Axis.CONFIDENTIALITY, gradings.stream().map(g -> g[0]).toList())
                .map(Level::code)
                .orElse(null);
        List<SystemLink> dependents = systems.dependents(system.id());
        Importance highestAffected = dependents.stream()
                .map(SystemLink::importance)
                .filter(Objects::nonNull)
                .reduce(null, Importance::max);
        List<String> affected = dependents.stream()
                .filter(d -> d.importance() != null && d.importance() == highestAffected)
                .map(SystemLink::name)
                .toList();
        return ImportancePolicy.assess(
                criteria.criteria(org),
                ticked,
                new ImportancePolicy.Facts(handlesTop, handlesProtected, highest, highestAffected, affected));
    }

    private InformationSystem visible(RegisterScope scope, UUID id) {
        InformationSystem system =
                systems.find(scope.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!scope.coversSystem(id, system.ownerUnitId())) {
            throw new NotFoundException("error.notFound");
        }
        return system;
    }

    private InformationSystem keepable(RegisterScope scope, UUID id) {
        InformationSystem system =
                systems.find(scope.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!scope.coversSystem(id, system.ownerUnitId())) {
            if (access.readScope().coversSystem(id, system.ownerUnitId())) {
                throw new AccessDeniedException("error.forbidden");
            }
            throw new NotFoundException("error.notFound");
        }
        return system;
    }

    private List<InformationSystem> withHighest(UUID org, List<InformationSystem> list) {
        ClassificationScheme scheme = classification.schemeFor(org);
        Map<UUID, Set<String>> codes = systems.confidentialityCodes(
                list.stream().map(InformationSystem::id).toList());
        List<InformationSystem> result = new ArrayList<>(list.size());
        for (InformationSystem s : list) {
            String highest = scheme.highest(Axis.CONFIDENTIALITY, codes.getOrDefault(s.id(), Set.of()))
                    .map(Level::code)
                    .orElse(null);
            result.add(new InformationSystem(
                    s.id(),
                    s.code(),
                    s.name(),
                    s.purpose(),
                    s.ownerUnitId(),
                    s.ownerUnitName(),
                    s.userUnitIds(),
                    s.usersDescription(),
                    s.userCount(),
                    s.internetFacing(),
                    s.hosting(),
                    s.cloudService(),
                    s.bcpRelevant(),
                    s.lifecyclePhase(),
                    s.planningStartedOn(),
                    s.operationStartedOn(),
                    s.nextRenewalOn(),
                    s.retiredOn(),
                    s.importance(),
                    s.importanceCriteria(),
                    s.importanceRationale(),
                    s.importanceDecidedAt(),
                    s.importanceDecidedBy(),
                    s.reclassificationReason(),
                    highest,
                    s.note(),
                    s.version()));
        }
        return result;
    }

    private SystemDraft validate(RegisterScope scope, SystemDraft d, UUID self) {
        String code = d.code() == null || d.code().isBlank()
                ? (self == null ? systems.nextCode("SYS") : null)
                : Fields.code(d.code(), "registry.system.code");
        if (code == null) {
            throw new DomainException("registry.system.code.required");
        }
        if (systems.codeTaken(scope.organizationId(), code, self)) {
            throw new ConflictException("registry.system.code.taken", code);
        }
        if (d.ownerUnitId() == null) {
            throw new DomainException("registry.system.ownerUnitId.required");
        }
        Map<UUID, Unit> known = units.list().stream().collect(Collectors.toMap(Unit::id, u -> u));
        if (!known.containsKey(d.ownerUnitId())) {
            throw new DomainException("registry.system.ownerUnitId.unknown");
        }
        for (UUID u : d.userUnitIds()) {
            if (!known.containsKey(u)) {
                throw new DomainException("registry.system.userUnitIds.unknown");
            }
        }
        if (d.userCount() != null && d.userCount() < 0) {
            throw new DomainException("registry.system.userCount.invalid");
        }
        Hosting hosting = Objects.requireNonNullElse(d.hosting(), Hosting.ON_PREMISES);
        String cloud = Fields.optional(d.cloudService(), 200, "registry.system.cloudService");
        if (hosting == Hosting.CLOUD_SERVICE && cloud == null) {
            throw new DomainException("registry.system.cloudService.required");
        }
        LifecyclePhase phase = Objects.requireNonNullElse(d.lifecyclePhase(), LifecyclePhase.PLANNING);
        if (phase == LifecyclePhase.RETIRED && d.retiredOn() == null) {
            throw new DomainException("registry.system.retiredOn.required");
        }
        return new SystemDraft(
                code,
                Fields.required(d.name(), 200, "registry.system.name"),
                Fields.optional(d.purpose(), 2000, "registry.system.purpose"),
                d.ownerUnitId(),
                d.userUnitIds(),
                Fields.optional(d.usersDescription(), 1000, "registry.system.usersDescription"),
                d.userCount(),
                d.internetFacing(),
                hosting,
                cloud,
                d.bcpRelevant(),
                phase,
                d.planningStartedOn(),
                d.operationStartedOn(),
                d.nextRenewalOn(),
                d.retiredOn(),
                Fields.optional(d.note(), 4000, "registry.system.note"));
    }

    private static SystemDraft withCode(SystemDraft d, String code) {
        return new SystemDraft(
                code,
                d.name(),
                d.purpose(),
                d.ownerUnitId(),
                d.userUnitIds(),
                d.usersDescription(),
                d.userCount(),
                d.internetFacing(),
                d.hosting(),
                d.cloudService(),
                d.bcpRelevant(),
                d.lifecyclePhase(),
                d.planningStartedOn(),
                d.operationStartedOn(),
                d.nextRenewalOn(),
                d.retiredOn(),
                d.note());
    }

    static SystemDraft draftOf(InformationSystem s) {
        return new SystemDraft(
                s.code(),
                s.name(),
                s.purpose(),
                s.ownerUnitId(),
                s.userUnitIds(),
                s.usersDescription(),
                s.userCount(),
                s.internetFacing(),
                s.hosting(),
                s.cloudService(),
                s.bcpRelevant(),
                s.lifecyclePhase(),
                s.planningStartedOn(),
                s.operationStartedOn(),
                s.nextRenewalOn(),
                s.retiredOn(),
                s.note());
    }

    private static Map<String, Object> state(SystemDraft d) {
        return RegisterChanges.state(
                "code", d.code(),
                "name", d.name(),
                "purpose", d.purpose(),
                "ownerUnitId", d.ownerUnitId(),
                "userUnitIds", d.userUnitIds().stream().map(UUID::toString).toList(),
                "internetFacing", d.internetFacing(),
                "hosting", d.hosting(),
                "cloudService", d.cloudService(),
                "bcpRelevant", d.bcpRelevant(),
                "lifecyclePhase", d.lifecyclePhase(),
                "operationStartedOn", d.operationStartedOn(),
                "nextRenewalOn", d.nextRenewalOn(),
                "retiredOn", d.retiredOn());
    }
}
