package dev.toitsu.catalog.rest;

import dev.toitsu.catalog.Catalog;
import dev.toitsu.catalog.CatalogNode;
import dev.toitsu.catalog.CrosswalkLink;
import dev.toitsu.catalog.EditionComparison;
import dev.toitsu.catalog.EditionSummary;
import dev.toitsu.catalog.ImportRequest;
import dev.toitsu.catalog.NodeDetail;
import dev.toitsu.catalog.RequirementSummary;
import dev.toitsu.catalog.SearchResults;
import dev.toitsu.platform.ProblemResponses;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The catalog as JSON: editions, clause trees, single clauses, search, comparison, import and OSCAL. */
@RestController
@RequestMapping("/api/v1/catalog")
class CatalogRestController {

    private final Catalog catalog;
    private final ProblemResponses problems;

    CatalogRestController(Catalog catalog, ProblemResponses problems) {
        this.catalog = catalog;
        this.problems = problems;
    }

    /**
     * An upload the catalog refuses (not text, empty, no clauses, bad code) is the caller's mistake: 400, not the
     * 422 of the shared handler; unknown ids stay 404 and an existing edition code 409.
     */
    @ExceptionHandler(DomainException.class)
    ProblemDetail refused(DomainException e, HttpServletRequest request) {
        int status = e instanceof NotFoundException
                ? 404
                : e instanceof ConflictException ? 409 : e instanceof AccessDeniedException ? 403 : 400;
        return problems.problem(request, status, e.code(), e.arguments());
    }

    @GetMapping("/editions")
    @PreAuthorize("isAuthenticated()")
    List<EditionSummary> editions() {
        return catalog.editions();
    }

    @GetMapping("/editions/{code}")
    @PreAuthorize("isAuthenticated()")
    EditionSummary edition(@PathVariable String code) {
        return catalog.edition(code);
    }

    @GetMapping("/editions/{code}/tree")
    @PreAuthorize("isAuthenticated()")
    List<CatalogNode> tree(@PathVariable String code) {
        return catalog.tree(code);
    }

    /** One clause with its subtree, ancestors and crosswalk links; ids travel as ?id=1.2.1.3(2)(f). */
    @GetMapping("/editions/{code}/node")
    @PreAuthorize("isAuthenticated()")
    NodeDetail node(@PathVariable String code, @RequestParam String id) {
        return catalog.node(code, id);
    }

    @GetMapping("/editions/{code}/requirements")
    @PreAuthorize("isAuthenticated()")
    List<RequirementSummary> requirements(@PathVariable String code) {
        return catalog.requirements(code);
    }

    @GetMapping(value = "/editions/{code}/oscal", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> oscal(@PathVariable String code) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(catalog.exportOscal(code).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/crosswalk")
    @PreAuthorize("isAuthenticated()")
    List<CrosswalkLink> crosswalk(@RequestParam String from, @RequestParam String to) {
        return catalog.crosswalk(from, to);
    }

    @GetMapping("/search")
    @PreAuthorize("isAuthenticated()")
    SearchResults search(
            @RequestParam("q") String query,
            @RequestParam(required = false) String edition,
            @RequestParam(defaultValue = "20") int limit) {
        return catalog.search(query, edition, limit);
    }

    @GetMapping("/compare")
    @PreAuthorize("isAuthenticated()")
    EditionComparison compare(@RequestParam String from, @RequestParam String to) {
        return catalog.compare(from, to);
    }

    /**
     * Imports an edition: multipart {@code file} (.txt UTF-8, .docx, or with {@code format=oscal} an OSCAL catalog
     * JSON) plus the edition's fields. 201 with the edition; 400 problem for a file that is not text, 409 for an
     * existing code. Nothing is stored unless everything is.
     */
    // every parameter is optional for binding, so that @PreAuthorize answers 403 before any 400; the catalog
    // validates them itself
    @PostMapping("/editions")
    @PreAuthorize("hasAuthority('PERM_CATALOG_ADMINISTER')")
    ResponseEntity<EditionSummary> importEdition(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String title,
            @RequestParam(defaultValue = "nisc-unified") String framework,
            @RequestParam(required = false) String publisher,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            @RequestParam(required = false) String attribution,
            @RequestParam(defaultValue = "text") String format)
            throws IOException {
        ImportRequest request = new ImportRequest(
                code,
                title,
                framework,
                publisher,
                publishedOn,
                effectiveOn,
                attribution,
                file == null ? null : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes());
        EditionSummary edition = switch (format) {
            case "text" -> catalog.importEdition(request);
            case "oscal" -> catalog.importOscal(request);
            default -> throw new DomainException("catalog.import.fileType");
        };
        return ResponseEntity.created(URI.create("/api/v1/catalog/editions/" + edition.code()))
                .body(edition);
    }
}
