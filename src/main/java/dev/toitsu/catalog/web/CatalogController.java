package dev.toitsu.catalog.web;

import dev.toitsu.catalog.Catalog;
import dev.toitsu.catalog.EditionComparison;
import dev.toitsu.catalog.EditionSummary;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Browsing, search and comparison of the catalog: open to every signed-in person (the standards are public). */
@Controller
@RequestMapping("/catalog")
@PreAuthorize("isAuthenticated()")
class CatalogController {

    private final Catalog catalog;
    private final ComparisonExport export;

    CatalogController(Catalog catalog, ComparisonExport export) {
        this.catalog = catalog;
        this.export = export;
    }

    @GetMapping
    String index(Model model) {
        List<EditionSummary> editions = catalog.editions();
        Map<String, List<EditionSummary>> byFramework = new LinkedHashMap<>();
        for (EditionSummary edition : editions) {
            byFramework
                    .computeIfAbsent(edition.frameworkTitle(), k -> new java.util.ArrayList<>())
                    .add(edition);
        }
        model.addAttribute("byFramework", byFramework);
        model.addAttribute("editions", editions);
        return "catalog/index";
    }

    @GetMapping("/editions/{code}")
    String edition(@PathVariable String code, Model model) {
        model.addAttribute("edition", catalog.edition(code));
        model.addAttribute("tree", catalog.tree(code));
        model.addAttribute("unplaced", catalog.unplaced(code));
        return "catalog/edition";
    }

    /** Node ids contain '(' ')' '/' '#', so they travel as a query parameter: ?id=1.2.1.3(2)(f). */
    @GetMapping("/editions/{code}/node")
    String node(@PathVariable String code, @RequestParam String id, Model model) {
        model.addAttribute("detail", catalog.node(code, id));
        return "catalog/node";
    }

    @GetMapping(value = "/editions/{code}/oscal", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> oscal(@PathVariable String code) {
        byte[] json = catalog.exportOscal(code).getBytes(StandardCharsets.UTF_8);
        return download(json, code + "-oscal-catalog.json", MediaType.APPLICATION_JSON);
    }

    @GetMapping("/search")
    String search(
            @RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(name = "edition", required = false) String edition,
            Model model) {
        model.addAttribute("q", query);
        model.addAttribute("edition", edition);
        model.addAttribute("editions", catalog.editions());
        if (!query.isBlank()) {
            model.addAttribute("results", catalog.search(query, edition, 50));
        }
        return "catalog/search";
    }

    @GetMapping("/compare")
    String compare(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        model.addAttribute("editions", catalog.editions());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (from != null && to != null && !from.isBlank() && !to.isBlank()) {
            model.addAttribute("comparison", catalog.compare(from, to));
        }
        return "catalog/compare";
    }

    @GetMapping("/compare.xlsx")
    ResponseEntity<byte[]> compareExcel(@RequestParam String from, @RequestParam String to, Locale locale) {
        EditionComparison comparison = catalog.compare(from, to);
        return download(
                export.excel(comparison, locale),
                "compare-" + from + "-" + to + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @GetMapping("/compare.csv")
    ResponseEntity<byte[]> compareCsv(@RequestParam String from, @RequestParam String to, Locale locale) {
        EditionComparison comparison = catalog.compare(from, to);
        return download(
                export.csv(comparison, locale).getBytes(StandardCharsets.UTF_8),
                "compare-" + from + "-" + to + ".csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    static ResponseEntity<byte[]> download(byte[] body, String fileName, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
