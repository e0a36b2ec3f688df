package dev.toitsu.standard.rest;

import dev.toitsu.standard.ClauseMapping;
import dev.toitsu.standard.ClauseReview;
import dev.toitsu.standard.CoverageReport;
import dev.toitsu.standard.ImpactItem;
import dev.toitsu.standard.RevisionImpact;
import dev.toitsu.standard.StandardClause;
import dev.toitsu.standard.StandardImport;
import dev.toitsu.standard.StandardVersion;
import dev.toitsu.standard.Standards;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The 対策基準 as JSON: versions, clauses, review and approval, mapping suggestions and decisions, coverage. Decisions
 * carry the mapping's {@code version}; a stale one answers 409 ({@code urn:toitsu:problem:error.conflict}).
 */
@RestController
@RequestMapping("/api/v1/standards")
class StandardRestController {

    private final Standards standards;

    StandardRestController(Standards standards) {
        this.standards = standards;
    }

    @GetMapping("/versions")
    @PreAuthorize("isAuthenticated()")
    List<StandardVersion> versions() {
        return standards.versions();
    }

    @GetMapping("/versions/{id}")
    @PreAuthorize("isAuthenticated()")
    StandardVersion version(@PathVariable UUID id) {
        return standards.version(id);
    }

    @GetMapping("/versions/{id}/clauses")
    @PreAuthorize("isAuthenticated()")
    List<StandardClause> clauses(@PathVariable UUID id) {
        return standards.clauses(id);
    }

    /** Multipart: {@code file} (.txt or .docx), {@code code}, {@code title} (new documents), {@code attribution}. */
    @PostMapping("/versions")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    ResponseEntity<StandardVersion> importVersion(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String attribution)
            throws IOException {
        StandardVersion version = standards.importVersion(new StandardImport(
                code,
                title,
                attribution,
                file == null ? null : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes()));
        return ResponseEntity.created(URI.create("/api/v1/standards/versions/" + version.id()))
                .body(version);
    }

    @PostMapping("/versions/{id}/submit")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    StandardVersion submit(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version) {
        return standards.submit(id, version);
    }

    @PostMapping("/versions/{id}/approve")
    @PreAuthorize("hasAuthority('PERM_STANDARD_APPROVE')")
    StandardVersion approve(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version) {
        return standards.approve(id, version);
    }

    @PostMapping("/versions/{id}/return")
    @PreAuthorize("hasAuthority('PERM_STANDARD_APPROVE')")
    StandardVersion returnToDraft(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version) {
        return standards.returnToDraft(id, version);
    }

    @PostMapping("/versions/{id}/put-in-force")
    @PreAuthorize("hasAuthority('PERM_STANDARD_APPROVE')")
    StandardVersion putInForce(@PathVariable UUID id, @RequestParam(defaultValue = "-1") long version) {
        return standards.putInForce(id, version);
    }

    @PostMapping("/versions/{id}/suggestions")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    Standards.SuggestionSummary suggest(@PathVariable UUID id, @RequestParam(defaultValue = "") String edition) {
        return standards.suggest(id, edition);
    }

    @GetMapping("/versions/{id}/mappings")
    @PreAuthorize("isAuthenticated()")
    List<ClauseReview> worklist(@PathVariable UUID id, @RequestParam String edition) {
        return standards.worklist(id, edition);
    }

    /** A decision on a mapping: the version read with it, and an optional note. */
    record Decision(long version, String note) {}

    @PostMapping("/versions/{id}/mappings/{mappingId}/confirm")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    ClauseMapping confirm(
            @PathVariable UUID id, @PathVariable UUID mappingId, @RequestBody(required = false) Decision decision) {
        Decision d = decision == null ? new Decision(-1, null) : decision;
        return standards.confirm(id, mappingId, d.version(), d.note());
    }

    @PostMapping("/versions/{id}/mappings/{mappingId}/reject")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    ClauseMapping reject(
            @PathVariable UUID id, @PathVariable UUID mappingId, @RequestBody(required = false) Decision decision) {
        Decision d = decision == null ? new Decision(-1, null) : decision;
        return standards.reject(id, mappingId, d.version(), d.note());
    }

    /** A mapping added by hand. */
    record NewMapping(String locator, String edition, String requirement, String note) {}

    @PostMapping("/versions/{id}/mappings")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    ResponseEntity<ClauseMapping> add(@PathVariable UUID id, @RequestBody(required = false) NewMapping mapping) {
        NewMapping m = mapping == null ? new NewMapping(null, null, null, null) : mapping;
        ClauseMapping added = standards.addMapping(id, m.locator(), m.edition(), m.requirement(), m.note());
        return ResponseEntity.created(URI.create("/api/v1/standards/versions/" + id + "/mappings/" + added.id()))
                .body(added);
    }

    @GetMapping("/versions/{id}/impact")
    @PreAuthorize("isAuthenticated()")
    RevisionImpact impact(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to) {
        return standards.impact(id, from, to);
    }

    @GetMapping("/versions/{id}/coverage")
    @PreAuthorize("isAuthenticated()")
    CoverageReport coverage(@PathVariable UUID id, @RequestParam String edition) {
        return standards.coverage(id, edition);
    }

    /** The version as an OSCAL 1.1 profile (JSON) of the edition's exported catalog, schema-validated. */
    @GetMapping("/versions/{id}/oscal-profile")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> oscalProfile(@PathVariable UUID id, @RequestParam String edition) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(standards.oscalProfile(id, edition).getBytes(StandardCharsets.UTF_8));
    }

    /** The recorded revision impact items of the version between two editions. */
    @GetMapping("/versions/{id}/impact/items")
    @PreAuthorize("isAuthenticated()")
    List<ImpactItem> impactItems(@PathVariable UUID id, @RequestParam String from, @RequestParam String to) {
        return standards.impactItems(id, from, to);
    }

    record Recorded(int added) {}

    /** Records the revision impact as worklist items; idempotent ({@code added} is 0 the second time). */
    @PostMapping("/versions/{id}/impact/items")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    Recorded recordImpact(@PathVariable UUID id, @RequestParam String from, @RequestParam String to) {
        return new Recorded(standards.recordImpact(id, from, to));
    }

    /** Sets owner (employee number), due date and status (NOT_APPLICABLE with a reason); 409 on a stale version. */
    @PostMapping("/versions/{id}/impact/items/{itemId}")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    ImpactItem updateImpactItem(
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestBody(required = false) Standards.ImpactItemUpdate update) {
        return standards.updateImpactItem(id, itemId, update);
    }
}
