package dev.toitsu.catalog;

import dev.toitsu.audittrail.AuditActor;
import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.catalog.domain.CatalogStore;
import dev.toitsu.catalog.domain.CatalogTrees;
import dev.toitsu.catalog.domain.EditionComparer;
import dev.toitsu.catalog.domain.EditionDraft;
import dev.toitsu.catalog.domain.NodeRow;
import dev.toitsu.catalog.oscal.OscalCatalogs;
import dev.toitsu.catalog.search.CatalogSearchIndex;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog of standards as other modules and the web layer use it: editions, their clause trees, requirements by
 * id, search, comparison, import and OSCAL. Reads need no permission (the standards are public texts); imports need
 * {@link Permission#CATALOG_ADMINISTER}.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    /** Uploads larger than this are refused before parsing; the largest seed (001) is about 200 KB. */
    public static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9._-]{1,63}$");

    /** Kinds that carry obligations: 遵守事項 and 基本対策事項 (and the (n) headings of outline-only editions). */
    private static final Set<NodeKind> REQUIREMENT_KINDS = EnumSet.of(NodeKind.REQUIREMENT, NodeKind.BASELINE_MEASURE);

    private final CatalogStore store;
    private final CatalogSearchIndex index;
    private final EditionComparer comparer;
    private final OscalCatalogs oscal;
    private final ApplicationEventPublisher events;
    private final AuditTrail auditTrail;
    private final RegulationTextParser parser = new RegulationTextParser();

    Catalog(
            CatalogStore store,
            CatalogSearchIndex index,
            EditionComparer comparer,
            OscalCatalogs oscal,
            ApplicationEventPublisher events,
            AuditTrail auditTrail) {
        this.store = store;
        this.index = index;
        this.comparer = comparer;
        this.oscal = oscal;
        this.events = events;
        this.auditTrail = auditTrail;
    }

    public List<EditionSummary> editions() {
        return store.editions();
    }

    public Optional<EditionSummary> findEdition(String code) {
        return store.edition(code);
    }

    public EditionSummary edition(String code) {
        return store.edition(code).orElseThrow(() -> new NotFoundException("catalog.edition.notFound", code));
    }

    public List<CatalogStore.Framework> frameworks() {
        return store.frameworks();
    }

    /** The whole clause tree of an edition, roots first. */
    public List<CatalogNode> tree(String editionCode) {
        edition(editionCode);
        return CatalogTrees.build(store.nodes(editionCode));
    }

    public NodeDetail node(String editionCode, String nodeId) {
        EditionSummary edition = edition(editionCode);
        List<NodeRow> lineage = store.lineage(editionCode, nodeId);
        if (lineage.isEmpty()) {
            throw new NotFoundException("catalog.node.notFound", editionCode, nodeId);
        }
        NodeRow self = lineage.get(lineage.size() - 1);
        List<NodeRow> subtree = store.nodes(editionCode).stream()
                .filter(r -> r.sortOrder() >= self.sortOrder())
                .takeWhile(r -> r.sortOrder() == self.sortOrder() || r.depth() > self.depth())
                .toList();
        CatalogNode node = CatalogTrees.build(subtree.stream()
                        .map(r -> r == subtree.get(0) ? r.asRoot() : r)
                        .toList())
                .get(0);
        List<CatalogNode> ancestors = lineage.subList(0, lineage.size() - 1).stream()
                .map(r -> CatalogTrees.leaf(r, List.of()))
                .toList();
        return new NodeDetail(edition, node, ancestors, store.crosswalkOf(editionCode, nodeId));
    }

    /** One clause by the id the document gives it, e.g. {@code requirement("nisc-legacy", "1.2.1.3(2)(f)")}. */
    public RequirementSummary requirement(String editionCode, String nodeId) {
        edition(editionCode);
        List<NodeRow> lineage = store.lineage(editionCode, nodeId);
        if (lineage.isEmpty()) {
            throw new NotFoundException("catalog.node.notFound", editionCode, nodeId);
        }
        List<String> path = lineage.subList(0, lineage.size() - 1).stream()
                .map(CatalogTrees::pathLabel)
                .toList();
        return CatalogTrees.summary(editionCode, lineage.get(lineage.size() - 1), path);
    }

    /**
     * Every 遵守事項 and 基本対策事項 of an edition in document order. For an outline-only edition, whose clauses are
     * not in the source, the (n) headings stand in for them.
     */
    public List<RequirementSummary> requirements(String editionCode) {
        EditionSummary edition = edition(editionCode);
        List<NodeRow> rows = store.nodes(editionCode);
        Map<String, NodeRow> byId = new java.util.HashMap<>();
        rows.forEach(r -> byId.put(r.nodeId(), r));
        return rows.stream()
                .filter(r ->
                        REQUIREMENT_KINDS.contains(r.kind()) || (edition.outlineOnly() && r.kind() == NodeKind.GROUP))
                .map(r -> CatalogTrees.summary(editionCode, r, CatalogTrees.path(r, byId)))
                .toList();
    }

    public List<UnplacedLine> unplaced(String editionCode) {
        edition(editionCode);
        return store.unplaced(editionCode);
    }

    public List<CrosswalkLink> crosswalk(String fromEdition, String toEdition) {
        edition(fromEdition);
        edition(toEdition);
        return store.crosswalk(fromEdition, toEdition);
    }

    public SearchResults search(String query, String editionCode, int limit) {
        if (editionCode != null && !editionCode.isBlank()) {
            edition(editionCode);
        }
        index.catchUp(store.editionCodes());
        return index.search(query, editionCode, Math.max(1, Math.min(limit, 100)));
    }

    public EditionComparison compare(String fromEdition, String toEdition) {
        EditionSummary from = edition(fromEdition);
        EditionSummary to = edition(toEdition);
        return comparer.compare(
                from,
                store.nodes(fromEdition),
                to,
                store.nodes(toEdition),
                store.crosswalk(fromEdition, toEdition),
                store.crosswalk(toEdition, fromEdition));
    }

    /** Parses an upload without storing anything: what the person sees before committing the import. */
    public ImportPreview preview(ImportRequest request) {
        ParsedDocument document = parse(request);
        List<NodeRow> rows = EditionDraft.rows(document.roots(), Map.of(), Set.of());
        return new ImportPreview(
                document.style(),
                document.stats().totalLines(),
                rows.size(),
                document.stats().nodesByKind(),
                document.unplaced(),
                CatalogTrees.build(rows));
    }

    /** Imports an edition from its official text, all or nothing, as the signed-in person. */
    @Transactional
    public EditionSummary importEdition(ImportRequest request) {
        Actor actor = Actors.require(Permission.CATALOG_ADMINISTER);
        EditionSummary edition = store(request, actor.displayName());
        recordImport(edition, actor.organizationId(), null);
        return edition;
    }

    /**
     * Imports as an operator of the deployment, for the command line: whoever can run it has the database files or
     * credentials already, so no person signs in.
     */
    @Transactional
    public EditionSummary importEditionAsOperator(ImportRequest request, String operator) {
        EditionSummary edition = store(request, operator);
        recordImport(edition, null, new AuditActor(null, operator)); // the platform's chain: no organization acted
        return edition;
    }

    /** Reads an OSCAL catalog (JSON) written by {@link #exportOscal} or another tool and stores it as an edition. */
    @Transactional
    public EditionSummary importOscal(ImportRequest request) {
        Actor actor = Actors.require(Permission.CATALOG_ADMINISTER);
        checkCode(request); // title and source default to the catalog's metadata
        if (request.content() == null || request.content().length == 0) {
            throw new DomainException(RegulationTextParser.EMPTY);
        }
        if (request.content().length > MAX_IMPORT_BYTES) {
            throw new DomainException("catalog.import.tooLarge", MAX_IMPORT_BYTES / (1024 * 1024));
        }
        EditionDraft draft = oscal.read(request);
        store.insert(draft, actor.displayName());
        events.publishEvent(new EditionImported(draft.code(), draft.nodes().size(), actor.displayName()));
        EditionSummary edition = edition(draft.code());
        recordImport(edition, actor.organizationId(), null);
        return edition;
    }

    /** The audit record is written in the import's transaction: both are stored, or neither. */
    private void recordImport(EditionSummary edition, java.util.UUID organizationId, AuditActor actor) {
        AuditRecord record = AuditRecord.of(
                        organizationId,
                        "catalog.edition.imported",
                        "catalog-edition",
                        edition.code(),
                        "基準の版を取込み: " + edition.code() + " " + edition.title())
                .withAfter(Map.of(
                        "code", edition.code(),
                        "title", edition.title(),
                        "framework", edition.frameworkCode(),
                        "nodes", edition.nodeCount(),
                        "unplaced", edition.unplacedCount(),
                        "sourceFile", edition.sourceFile() == null ? "" : edition.sourceFile()));
        auditTrail.record(actor == null ? record : record.by(actor));
    }

    /**
     * The OSCAL control id {@link #exportOscal} gives each requirement of the edition, keyed by the document's node id
     * (e.g. {@code 2.1.1.1(2)} → {@code n-2.1.1.1_2_}): for profiles that import the exported catalog.
     */
    public Map<String, String> oscalControlIds(String editionCode) {
        edition(editionCode);
        return oscal.controlIds(store.nodes(editionCode));
    }

    /** Findings of the OSCAL 1.1 profile JSON schema for a profile built on an exported catalog; empty when valid. */
    public List<String> validateOscalProfile(String json) {
        return oscal.validateProfile(json);
    }

    public String exportOscal(String editionCode) {
        EditionSummary edition = edition(editionCode);
        return oscal.write(edition, store.nodes(editionCode));
    }

    private EditionSummary store(ImportRequest request, String importedBy) {
        checkNew(request);
        ParsedDocument document = parse(request);
        EditionDraft draft = new EditionDraft(
                request.code(),
                request.title().strip(),
                request.frameworkCode(),
                blankToNull(request.publisher()),
                request.publishedOn(),
                request.effectiveOn(),
                request.sourceAttribution().strip(),
                request.fileName(),
                EditionDraft.sha256(request.content()),
                document.style().name(),
                false,
                false,
                100,
                EditionDraft.rows(document.roots(), Map.of(), Set.of()),
                document.unplaced());
        store.insert(draft, importedBy);
        events.publishEvent(new EditionImported(draft.code(), draft.nodes().size(), importedBy));
        return edition(draft.code());
    }

    private void checkNew(ImportRequest request) {
        checkCode(request);
        if (request.title() == null || request.title().isBlank()) {
            throw new DomainException("catalog.edition.title.required");
        }
        if (request.sourceAttribution() == null || request.sourceAttribution().isBlank()) {
            throw new DomainException("catalog.edition.attribution.required");
        }
    }

    private void checkCode(ImportRequest request) {
        if (request.code() == null || !CODE.matcher(request.code()).matches()) {
            throw new DomainException("catalog.edition.code.invalid");
        }
        if (request.frameworkCode() == null || !store.frameworkExists(request.frameworkCode())) {
            throw new DomainException("catalog.framework.unknown");
        }
        if (store.exists(request.code())) {
            throw new ConflictException("catalog.edition.exists", request.code());
        }
    }

    private ParsedDocument parse(ImportRequest request) {
        byte[] content = request.content();
        if (content == null || content.length == 0) {
            throw new DomainException(RegulationTextParser.EMPTY);
        }
        if (content.length > MAX_IMPORT_BYTES) {
            throw new DomainException("catalog.import.tooLarge", MAX_IMPORT_BYTES / (1024 * 1024));
        }
        String name = request.fileName() == null ? "" : request.fileName().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && !name.endsWith(".txt") && !name.endsWith(".docx")) {
            throw new DomainException("catalog.import.fileType");
        }
        ParsedDocument document = parser.parse(content);
        if (document.nodes().findAny().isEmpty()) {
            throw new DomainException("catalog.import.noClauses");
        }
        return document;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
