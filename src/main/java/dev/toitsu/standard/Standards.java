package dev.toitsu.standard;

import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.catalog.Catalog;
import dev.toitsu.catalog.EditionSummary;
import dev.toitsu.catalog.ParsedDocument;
import dev.toitsu.catalog.RegulationTextParser;
import dev.toitsu.organization.People;
import dev.toitsu.organization.SeparationOfDuties;
import dev.toitsu.organization.Subject;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import dev.toitsu.standard.domain.CoverageCalculation;
import dev.toitsu.standard.domain.CoverageWorkbook;
import dev.toitsu.standard.domain.ImpactItemStore;
import dev.toitsu.standard.domain.OscalProfileWriter;
import dev.toitsu.standard.domain.StandardStore;
import dev.toitsu.standard.domain.StoredTrees;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's 対策基準 as stored, versioned documents, and their design conformance (設計の準拠性) to catalog
 * editions: import, review and approval (applicant ≠ approver, 001 1.2.1.2(1)(a)(ア)), suggestions from
 * {@link ConformanceMapper}, decisions on them, and the coverage report (対応表). Reading needs only a signed-in member
 * of the organization (the standard binds every staff member); changes need {@link Permission#STANDARD_ADMINISTER},
 * approval {@link Permission#STANDARD_APPROVE}. Every change is in the audit trail, in its own transaction.
 */
@Service
@Transactional(readOnly = true)
public class Standards {

    /** Uploads larger than this are refused before parsing. */
    public static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    static final String SUBMIT = "standard.submit";
    static final String APPROVE = "standard.approve";
    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,63}$");

    private final StandardStore store;
    private final Catalog catalog;
    private final SeparationOfDuties separation;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final RegulationTextParser parser = new RegulationTextParser();
    private final ConformanceMapper mapper = new ConformanceMapper();
    private final ImpactItemStore impactItems;
    private final People people;

    Standards(
            StandardStore store,
            ImpactItemStore impactItems,
            Catalog catalog,
            SeparationOfDuties separation,
            AuditTrail auditTrail,
            People people,
            Clock clock) {
        this.store = store;
        this.impactItems = impactItems;
        this.people = people;
        this.catalog = catalog;
        this.separation = separation;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    // --- reading -----------------------------------------------------------------------------------------------

    /** Every version of every document of the organization, newest first per document. */
    public List<StandardVersion> versions() {
        return store.versions(Actors.current().organizationId());
    }

    public StandardVersion version(UUID versionId) {
        return store.version(Actors.current().organizationId(), versionId)
                .orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    public List<StandardClause> clauses(UUID versionId) {
        version(versionId);
        return store.clauses(versionId);
    }

    /** The catalog editions the version has suggestions for, in the order they were computed. */
    public List<String> suggestedEditions(UUID versionId) {
        version(versionId);
        return store.suggestedEditions(versionId);
    }

    /**
     * The mapping worklist against one edition: every clause the mapper read (and every clause with a mapping),
     * undecided ones first, in document order.
     */
    public List<ClauseReview> worklist(UUID versionId, String editionCode) {
        version(versionId);
        Map<String, Decision> decisions = store.decisions(versionId, editionCode);
        Map<String, List<ClauseMapping>> mappings = new HashMap<>();
        store.mappings(versionId, editionCode)
                .forEach(m -> mappings.computeIfAbsent(m.locator(), k -> new ArrayList<>())
                        .add(m));
        Map<String, List<WeakeningFlag>> flags = new HashMap<>();
        store.flags(versionId, editionCode)
                .forEach(f -> flags.computeIfAbsent(f.locator(), k -> new ArrayList<>())
                        .add(f.flag()));
        List<ClauseReview> result = new ArrayList<>();
        for (StandardClause clause : store.clauses(versionId)) {
            Decision decision = decisions.get(clause.locator());
            List<ClauseMapping> own = mappings.getOrDefault(clause.locator(), List.of());
            if (decision == null && own.isEmpty()) {
                continue;
            }
            result.add(new ClauseReview(clause, decision, own, flags.getOrDefault(clause.locator(), List.of())));
        }
        return result;
    }

    /** One clause's review, for its own page. */
    public ClauseReview review(UUID versionId, String editionCode, String locator) {
        return worklist(versionId, editionCode).stream()
                .filter(r -> r.clause().locator().equals(locator))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("standard.clause.notFound", locator));
    }

    /**
     * The words the clause shares with each requirement it is mapped to (suggested, decided or added), marked for the
     * page: requirement id → marked requirement text, and {@code ""} → the marked clause text.
     */
    public Map<String, MatchedText> matchedWords(UUID versionId, String editionCode, String locator) {
        ClauseReview review = review(versionId, editionCode, locator);
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, dev.toitsu.catalog.RequirementSummary> requirements = new HashMap<>();
        catalog.requirements(editionCode).forEach(r -> requirements.putIfAbsent(r.nodeId(), r));
        for (ClauseMapping m : review.mappings()) {
            dev.toitsu.catalog.RequirementSummary r = requirements.get(m.requirementId());
            if (r != null) {
                texts.putIfAbsent(m.requirementId(), r.label());
            }
        }
        return mapper.matchedWords(review.clause().text(), texts);
    }

    /** The 対応表 against one edition: every requirement covered / partial / uncovered, gaps first. */
    public CoverageReport coverage(UUID versionId, String editionCode) {
        StandardVersion version = version(versionId);
        EditionSummary edition = catalog.edition(editionCode);
        if (!store.suggestedEditions(versionId).contains(editionCode)) {
            throw new DomainException("standard.coverage.notSuggested", editionCode);
        }
        return CoverageCalculation.report(
                version,
                edition,
                catalog.tree(editionCode),
                store.coverage(versionId, editionCode),
                store.mappings(versionId, editionCode));
    }

    /**
     * The version as an OSCAL 1.1 profile of the edition's exported catalog: the covered requirements with their
     * covering clauses; checked against the OSCAL profile schema before it leaves (a finding is a bug, not user error).
     */
    public String oscalProfile(UUID versionId, String editionCode) {
        CoverageReport report = coverage(versionId, editionCode);
        String json = OscalProfileWriter.write(
                report,
                clauses(versionId),
                catalog.oscalControlIds(editionCode),
                "/api/v1/catalog/editions/" + editionCode + "/oscal",
                clock.instant());
        List<String> findings = catalog.validateOscalProfile(json);
        if (!findings.isEmpty()) {
            throw new IllegalStateException("OSCAL profile does not validate: " + findings);
        }
        return json;
    }

    /**
     * Revision impact: from the version's 対応表 against {@code fromEdition} and the catalog's comparison of the two
     * editions (stored crosswalk first, then same id and text similarity), the clauses to re-check and the new
     * requirements to cover.
     */
    public RevisionImpact impact(UUID versionId, String fromEdition, String toEdition) {
        CoverageReport from = coverage(versionId, fromEdition);
        java.util.Map<String, List<String>> covering = new HashMap<>();
        from.requirements().stream()
                .filter(l -> l.coverage() != Coverage.UNCOVERED)
                .forEach(l -> covering.put(l.requirementId(), l.clauses()));
        java.util.Set<String> coveredInTarget =
                store.suggestedEditions(versionId).contains(toEdition)
                        ? coverage(versionId, toEdition).requirements().stream()
                                .filter(l -> l.coverage() != Coverage.UNCOVERED)
                                .map(CoverageReport.Line::requirementId)
                                .collect(java.util.stream.Collectors.toSet())
                        : java.util.Set.of();
        dev.toitsu.catalog.EditionComparison comparison = catalog.compare(fromEdition, toEdition);
        List<RevisionImpact.Item> affected = new ArrayList<>();
        List<dev.toitsu.catalog.EditionComparison.Change> added = new ArrayList<>();
        for (dev.toitsu.catalog.EditionComparison.Change change : comparison.changes()) {
            if (change.type() == dev.toitsu.catalog.EditionComparison.ChangeType.ADDED) {
                if (!coveredInTarget.contains(change.toNodeId())) {
                    added.add(change);
                }
            } else if (change.fromNodeId() != null && covering.containsKey(change.fromNodeId())) {
                affected.add(new RevisionImpact.Item(change, covering.get(change.fromNodeId())));
            }
        }
        return new RevisionImpact(from.version(), fromEdition, toEdition, affected, added);
    }

    // --- revision impact worklist --------------------------------------------------------------------------------

    /** The recorded impact items of the version between two editions, open ones first. */
    public List<ImpactItem> impactItems(UUID versionId, String fromEdition, String toEdition) {
        version(versionId);
        return impactItems.items(versionId, fromEdition, toEdition);
    }

    /** The edition pairs ({from, to}) the version has recorded impact items for, newest first. */
    public List<String[]> impactPairs(UUID versionId) {
        version(versionId);
        return impactItems.pairs(versionId);
    }

    /**
     * Turns the revision impact into worklist items (each open, without owner); items recorded before keep their
     * owner, due date and status. Idempotent: answers how many items were new.
     */
    @Transactional
    public int recordImpact(UUID versionId, String fromEdition, String toEdition) {
        Actor actor = Actors.require(Permission.STANDARD_ADMINISTER);
        RevisionImpact impact = impact(versionId, fromEdition, toEdition);
        List<ImpactItemStore.NewItem> items = new ArrayList<>();
        for (RevisionImpact.Item item : impact.affected()) {
            var change = item.change();
            items.add(new ImpactItemStore.NewItem(
                    change.type().name(),
                    change.fromNodeId(),
                    change.toNodeId(),
                    change.fromLabel() != null ? change.fromLabel() : change.toLabel(),
                    item.clauses()));
        }
        for (var change : impact.newRequirements()) {
            items.add(new ImpactItemStore.NewItem(
                    change.type().name(), change.fromNodeId(), change.toNodeId(), change.toLabel(), List.of()));
        }
        int added = impactItems.record(versionId, fromEdition, toEdition, items, actor.displayName());
        if (added > 0) {
            StandardVersion version = impact.version();
            auditTrail.record(AuditRecord.of(
                            actor.organizationId(),
                            "standard.impact.recorded",
                            "standard-version",
                            versionId,
                            "改定影響を作業項目に記録: " + version.documentCode() + " 第" + version.number() + "版 " + fromEdition
                                    + " → " + toEdition + "（" + added + "件）")
                    .withAfter(Map.of("from", fromEdition, "to", toEdition, "added", added)));
        }
        return added;
    }

    /** What a person sets on an impact item. */
    public record ImpactItemUpdate(
            long version, String ownerEmployeeNumber, java.time.LocalDate dueOn, ImpactStatus status, String reason) {}

    /**
     * Sets owner (by employee number, a person of the organization), due date and status; 対象外 needs a reason.
     * Refused with {@code error.conflict} when someone changed the item meanwhile.
     */
    @Transactional
    public ImpactItem updateImpactItem(UUID versionId, UUID itemId, ImpactItemUpdate update) {
        Actor actor = Actors.require(Permission.STANDARD_ADMINISTER);
        version(versionId);
        ImpactItem before =
                impactItems.item(versionId, itemId).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (update == null || update.status() == null) {
            throw new DomainException("standard.impact.statusRequired");
        }
        String reason = update.reason() == null || update.reason().isBlank()
                ? null
                : update.reason().strip();
        if (update.status() == ImpactStatus.NOT_APPLICABLE && reason == null) {
            throw new DomainException("standard.impact.reasonRequired");
        }
        if (reason != null && reason.length() > 2000) {
            throw new DomainException("standard.impact.reasonTooLong", 2000);
        }
        UUID ownerId = null;
        String ownerName = null;
        String number = update.ownerEmployeeNumber();
        if (number != null && !number.isBlank()) {
            dev.toitsu.organization.Person owner = people.byEmployeeNumber(number)
                    .filter(p -> p.active())
                    .orElseThrow(() -> new DomainException("standard.impact.ownerUnknown", number.strip()));
            ownerId = owner.id();
            ownerName = owner.displayName();
        }
        impactItems.update(
                itemId,
                update.version(),
                ownerId,
                ownerName,
                update.dueOn(),
                update.status(),
                reason,
                actor.displayName(),
                clock.instant());
        ImpactItem after = impactItems.item(versionId, itemId).orElseThrow();
        auditTrail.record(AuditRecord.of(
                        actor.organizationId(),
                        "standard.impact.updated",
                        "revision-impact-item",
                        itemId,
                        "改定影響の作業項目を更新: " + describe(after))
                .withBefore(impactState(before))
                .withAfter(impactState(after)));
        return after;
    }

    private static String describe(ImpactItem item) {
        String node = item.fromNode().isEmpty() ? item.toNode() : item.fromNode();
        return item.fromEdition() + " → " + item.toEdition() + " " + item.changeType() + " " + node;
    }

    private static Map<String, Object> impactState(ImpactItem item) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", item.status().name());
        state.put("reason", item.reason() == null ? "" : item.reason());
        state.put("owner", item.ownerName() == null ? "" : item.ownerName());
        state.put("dueOn", item.dueOn() == null ? "" : item.dueOn().toString());
        return state;
    }

    /**
     * When a catalog edition is imported: for every version of every organization's 対策基準 (not superseded) that
     * was mapped onto an earlier edition of the same framework, records the impact of the new edition as worklist
     * items, acting as the system in that organization (only from an edition published earlier, or imported earlier
     * when a publication date is unknown). Runs after the import committed; idempotent.
     */
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Standards.class);

    void recordImpactOfNewEdition(String newEdition) {
        EditionSummary edition = catalog.edition(newEdition);
        for (StandardStore.MappedVersion mapped : store.mappedVersions()) {
            if (mapped.editionCode().equals(newEdition)) {
                continue;
            }
            EditionSummary from = catalog.edition(mapped.editionCode());
            boolean older = from.publishedOn() != null && edition.publishedOn() != null
                    ? from.publishedOn().isBefore(edition.publishedOn())
                    : from.importedAt().isBefore(edition.importedAt())
                            // imported together (the shipped 令和3年度版 and 令和5年度版): their codes give the order
                            || (from.importedAt().equals(edition.importedAt())
                                    && from.code().compareTo(edition.code()) < 0);
            if (!from.frameworkCode().equals(edition.frameworkCode()) || !older) {
                continue;
            }
            IMPACT_RECORDER.in(mapped.organizationId()).signIn();
            try {
                recordImpact(mapped.versionId(), mapped.editionCode(), newEdition);
            } catch (DomainException e) {
                // e.g. no suggestions any more: that version is skipped, the others still get their items
                log.warn("revision impact not recorded for version {}: {}", mapped.versionId(), e.code());
            }
        }
    }

    static final dev.toitsu.shared.SystemActor IMPACT_RECORDER = new dev.toitsu.shared.SystemActor(
            "toitsu（版の取込みによる改定影響）", null, java.util.Set.of(Permission.STANDARD_ADMINISTER));

    /** The 対応表 as an Excel workbook (summary, requirements, clauses). */
    public byte[] coverageWorkbook(UUID versionId, String editionCode) {
        CoverageReport report = coverage(versionId, editionCode);
        return CoverageWorkbook.write(report, worklist(versionId, editionCode));
    }

    // --- import ------------------------------------------------------------------------------------------------

    /** Parses the text and stores it as a new draft version, all or nothing. */
    @Transactional
    public StandardVersion importVersion(StandardImport request) {
        Actor actor = Actors.require(Permission.STANDARD_ADMINISTER);
        return store(actor.organizationId(), actor.displayName(), request);
    }

    /**
     * The example 対策基準 shipped with the application (the NINS standard, seed 003; see
     * {@code standard/seeds/README.md}): the demo organization's standard.
     */
    public static StandardImport shippedExample() {
        try (var in = Standards.class.getResourceAsStream(SHIPPED_EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHIPPED_EXAMPLE);
            }
            return new StandardImport(
                    "nins-2025",
                    "情報セキュリティ対策基準（自然科学研究機構 2025年版を例として収録）",
                    "大学共同利用機関法人 自然科学研究機構「情報セキュリティ対策基準」（2025年）",
                    "003_2f9e87e3674c5d34.txt",
                    in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final String SHIPPED_EXAMPLE = "/standard/seeds/003_2f9e87e3674c5d34.txt";

    private StandardVersion store(UUID organizationId, String importedBy, StandardImport request) {
        String code = request.code() == null ? "" : request.code().strip();
        if (!CODE.matcher(code).matches()) {
            throw new DomainException("standard.document.code.invalid");
        }
        if (request.sourceAttribution() == null || request.sourceAttribution().isBlank()) {
            throw new DomainException("standard.version.attribution.required");
        }
        byte[] content = request.content();
        if (content == null || content.length == 0) {
            throw new DomainException("standard.import.empty");
        }
        if (content.length > MAX_IMPORT_BYTES) {
            throw new DomainException("standard.import.tooLarge", MAX_IMPORT_BYTES / (1024 * 1024));
        }
        String name = request.fileName() == null ? "" : request.fileName().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && !name.endsWith(".txt") && !name.endsWith(".docx")) {
            throw new DomainException("standard.import.fileType");
        }
        ParsedDocument document;
        try {
            document = parser.parse(content);
        } catch (DomainException e) {
            throw new DomainException("standard.import.unreadable");
        }
        if (document.nodes().findAny().isEmpty()) {
            throw new DomainException("standard.import.noClauses");
        }
        UUID documentId = store.documentId(organizationId, code).orElse(null);
        if (documentId == null) {
            if (request.title() == null || request.title().isBlank()) {
                throw new DomainException("standard.document.title.required");
            }
            documentId =
                    store.insertDocument(organizationId, code, request.title().strip());
        }
        int clauseCount = (int) document.nodes().count();
        UUID versionId = store.insertVersion(
                documentId,
                request.sourceAttribution().strip(),
                request.fileName(),
                sha256(content),
                document.style().name(),
                clauseCount,
                document.unplaced().size(),
                importedBy);
        store.insertClauses(versionId, document.roots());
        StandardVersion version = store.version(organizationId, versionId).orElseThrow();
        auditTrail.record(AuditRecord.of(
                        organizationId,
                        "standard.version.imported",
                        "standard-version",
                        versionId,
                        "対策基準の版を取込み: " + version.documentCode() + " 第" + version.number() + "版")
                .withAfter(Map.of(
                        "document", version.documentCode(),
                        "number", version.number(),
                        "clauses", clauseCount,
                        "unplaced", document.unplaced().size(),
                        "sourceFile", request.fileName() == null ? "" : request.fileName(),
                        "sha256", sha256(content))));
        return version;
    }

    // --- review and approval -----------------------------------------------------------------------------------

    /** 統括 submits a draft to the 情報セキュリティ委員会 for review. */
    @Transactional
    public StandardVersion submit(UUID versionId, long expectedVersion) {
        Actor actor = Actors.require(Permission.STANDARD_ADMINISTER);
        StandardVersion version = inState(versionId, VersionStatus.DRAFT);
        store.transition(
                versionId,
                expectedVersion,
                VersionStatus.IN_REVIEW,
                "submitted_by = ?, submitted_by_name = ?, submitted_at = ?",
                actor.personId(),
                actor.displayName(),
                java.sql.Timestamp.from(clock.instant()));
        return recordTransition(version, VersionStatus.IN_REVIEW, "standard.version.submitted", "審議に付した");
    }

    /** The CISO approves a reviewed version; the person who submitted it may not (applicant ≠ approver). */
    @Transactional
    public StandardVersion approve(UUID versionId, long expectedVersion) {
        Actor actor = Actors.require(Permission.STANDARD_APPROVE);
        StandardVersion version = inState(versionId, VersionStatus.IN_REVIEW);
        Subject subject = Subject.of("standard-version", versionId);
        if (version.submittedBy() != null) {
            subject = subject.performedBy(SUBMIT, version.submittedBy());
        }
        if (actor.personId() != null) { // a system actor (loader, operator) is no person and submits nothing
            separation.requireSeparation(actor.personId(), APPROVE, subject);
        }
        store.transition(
                versionId,
                expectedVersion,
                VersionStatus.APPROVED,
                "approved_by = ?, approved_by_name = ?, approved_at = ?",
                actor.personId(),
                actor.displayName(),
                java.sql.Timestamp.from(clock.instant()));
        return recordTransition(version, VersionStatus.APPROVED, "standard.version.approved", "承認した");
    }

    /** Sends a version under review back to draft (the committee or the CISO asks for changes). */
    @Transactional
    public StandardVersion returnToDraft(UUID versionId, long expectedVersion) {
        Actors.require(Permission.STANDARD_APPROVE);
        StandardVersion version = inState(versionId, VersionStatus.IN_REVIEW);
        store.transition(
                versionId,
                expectedVersion,
                VersionStatus.DRAFT,
                "submitted_by = null, submitted_by_name = null, submitted_at = null");
        return recordTransition(version, VersionStatus.DRAFT, "standard.version.returned", "差し戻した");
    }

    /** Puts an approved version in force; the version in force until now is superseded. */
    @Transactional
    public StandardVersion putInForce(UUID versionId, long expectedVersion) {
        Actors.require(Permission.STANDARD_APPROVE);
        StandardVersion version = inState(versionId, VersionStatus.APPROVED);
        Instant now = clock.instant();
        store.supersedeInForce(version.documentId(), now)
                .ifPresent(previous -> auditTrail.record(AuditRecord.of(
                                Actors.current().organizationId(),
                                "standard.version.superseded",
                                "standard-version",
                                previous,
                                "対策基準の版を廃止（新しい版の施行による）: " + version.documentCode())
                        .withAfter(Map.of("status", VersionStatus.SUPERSEDED.name(), "by", versionId.toString()))));
        store.transition(
                versionId, expectedVersion, VersionStatus.IN_FORCE, "in_force_at = ?", java.sql.Timestamp.from(now));
        return recordTransition(version, VersionStatus.IN_FORCE, "standard.version.put-in-force", "施行した");
    }

    private StandardVersion inState(UUID versionId, VersionStatus expected) {
        StandardVersion version = version(versionId);
        if (version.status() != expected) {
            throw new ConflictException(
                    "standard.version.wrongStatus", version.status().name());
        }
        return version;
    }

    private StandardVersion recordTransition(StandardVersion before, VersionStatus to, String action, String verb) {
        auditTrail.record(AuditRecord.of(
                        Actors.current().organizationId(),
                        action,
                        "standard-version",
                        before.id(),
                        "対策基準 " + before.documentCode() + " 第" + before.number() + "版を" + verb)
                .withBefore(Map.of("status", before.status().name()))
                .withAfter(Map.of("status", to.name())));
        return version(before.id());
    }

    // --- mappings ----------------------------------------------------------------------------------------------

    /**
     * Runs the mapper against a catalog edition and stores its top-5 candidates per clause, its decisions
     * (mapped / 独自規定), weakening flags and coverage. Mappings people decided are kept as they are.
     */
    @Transactional
    public SuggestionSummary suggest(UUID versionId, String editionCode) {
        Actor actor = Actors.require(Permission.STANDARD_ADMINISTER);
        StandardVersion version = version(versionId);
        EditionSummary edition = catalog.edition(editionCode);
        ParsedDocument catalogDocument = StoredTrees.fromCatalog(catalog.tree(editionCode));
        ParsedDocument standardDocument = StoredTrees.fromClauses(store.clauses(versionId), version.documentStyle());
        ConformanceReport report = mapper.map(catalogDocument, standardDocument);

        List<Object[]> assessments = new ArrayList<>();
        List<Object[]> candidates = new ArrayList<>();
        List<Object[]> flags = new ArrayList<>();
        int mapped = 0;
        for (ClauseResult clause : report.clauses()) {
            assessments.add(new Object[] {
                versionId, editionCode, clause.locator(), clause.decision().name()
            });
            if (clause.decision() == Decision.MAPPED) {
                mapped++;
            }
            int rank = 0;
            for (Candidate c : clause.candidates()) {
                candidates.add(
                        new Object[] {versionId, editionCode, clause.locator(), c.requirement(), c.score(), ++rank});
            }
            for (WeakeningFlag f : clause.flags()) {
                flags.add(new Object[] {
                    versionId,
                    editionCode,
                    clause.locator(),
                    f.requirement(),
                    f.kind().name(),
                    f.explanation()
                });
            }
        }
        List<Object[]> coverage = new ArrayList<>();
        int order = 0;
        for (RequirementCoverage r : report.requirements()) {
            coverage.add(new Object[] {
                versionId, editionCode, r.id(), r.coverage().name(), StandardStore.arrayLiteral(r.clauses()), order++
            });
        }
        int unmapped = report.clauses().size() - mapped;
        store.replaceSuggestions(
                versionId,
                editionCode,
                assessments,
                candidates,
                flags,
                coverage,
                actor.displayName(),
                mapped,
                unmapped);
        auditTrail.record(AuditRecord.of(
                        actor.organizationId(),
                        "standard.mappings.suggested",
                        "standard-version",
                        versionId,
                        "対応付けの候補を算出: " + version.documentCode() + " 第" + version.number() + "版 → " + edition.code())
                .withAfter(Map.of(
                        "edition",
                        editionCode,
                        "clauses",
                        report.clauses().size(),
                        "mapped",
                        mapped,
                        "unmapped",
                        unmapped,
                        "candidates",
                        candidates.size(),
                        "flags",
                        flags.size())));
        return new SuggestionSummary(editionCode, report.clauses().size(), mapped, unmapped, flags.size());
    }

    /** What a suggestion run produced. */
    public record SuggestionSummary(String editionCode, int clauses, int mapped, int unmapped, int flags)
            implements java.io.Serializable {} // a flash attribute in the session

    @Transactional
    public ClauseMapping confirm(UUID versionId, UUID mappingId, long expectedVersion, String note) {
        return decide(
                versionId, mappingId, expectedVersion, MappingStatus.CONFIRMED, note, "standard.mapping.confirmed");
    }

    @Transactional
    public ClauseMapping reject(UUID versionId, UUID mappingId, long expectedVersion, String note) {
        return decide(versionId, mappingId, expectedVersion, MappingStatus.REJECTED, note, "standard.mapping.rejected");
    }

    private ClauseMapping decide(
            UUID versionId, UUID mappingId, long expectedVersion, MappingStatus to, String note, String action) {
        Actor actor = Actors.require(Permission.STANDARD_ADMINISTER);
        version(versionId);
        ClauseMapping before =
                store.mapping(versionId, mappingId).orElseThrow(() -> new NotFoundException("error.notFound"));
        String cleanNote = note(note);
        store.decide(mappingId, expectedVersion, to, cleanNote, actor.displayName(), clock.instant());
        auditTrail.record(AuditRecord.of(
                        actor.organizationId(),
                        action,
                        "clause-mapping",
                        mappingId,
                        "対応付けを" + (to == MappingStatus.CONFIRMED ? "確認" : "却下") + ": " + before.locator() + " → "
                                + before.editionCode() + " " + before.requirementId())
                .withBefore(Map.of("status", before.status().name()))
                .withAfter(state(to, cleanNote)));
        return store.mapping(versionId, mappingId).orElseThrow();
    }

    /** A mapping a person adds by hand: the requirement must exist in the edition, the clause in the version. */
    @Transactional
    public ClauseMapping addMapping(
            UUID versionId, String locator, String editionCode, String requirementId, String note) {
        Actor actor = Actors.require(Permission.STANDARD_ADMINISTER);
        version(versionId);
        if (locator == null || !store.clauseExists(versionId, locator)) {
            throw new DomainException("standard.clause.notFound", locator == null ? "" : locator);
        }
        String requirement = requirementId == null ? "" : requirementId.strip();
        try {
            catalog.requirement(editionCode, requirement);
        } catch (NotFoundException e) {
            throw new DomainException("standard.mapping.requirement.unknown", requirement, editionCode);
        }
        String cleanNote = note(note);
        UUID id = store.insertManual(
                        versionId, editionCode, locator, requirement, cleanNote, actor.displayName(), clock.instant())
                .orElseThrow(() -> new ConflictException("standard.mapping.exists", locator, requirement));
        auditTrail.record(AuditRecord.of(
                        actor.organizationId(),
                        "standard.mapping.added",
                        "clause-mapping",
                        id,
                        "対応付けを追加: " + locator + " → " + editionCode + " " + requirement)
                .withAfter(state(MappingStatus.MANUAL, cleanNote)));
        return store.mapping(versionId, id).orElseThrow();
    }

    private static Map<String, Object> state(MappingStatus status, String note) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status.name());
        state.put("note", note == null ? "" : note);
        return state;
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.length() > 2000) {
            throw new DomainException("standard.mapping.note.tooLong", 2000);
        }
        return note.strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
