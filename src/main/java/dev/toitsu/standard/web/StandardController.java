package dev.toitsu.standard.web;

import dev.toitsu.catalog.Catalog;
import dev.toitsu.catalog.EditionSummary;
import dev.toitsu.platform.PdfDocuments;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.standard.ClauseReview;
import dev.toitsu.standard.CoverageReport;
import dev.toitsu.standard.ImpactStatus;
import dev.toitsu.standard.StandardImport;
import dev.toitsu.standard.StandardVersion;
import dev.toitsu.standard.Standards;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the 対策基準: the versions, import, one version with its review and approval, the mapping worklist against a
 * catalog edition, one clause's mappings (confirm / reject / add), and the coverage report (対応表) with its Excel
 * export.
 */
@Controller
@RequestMapping("/standards")
class StandardController {

    /** The edition suggested by default: the one with full text. */
    static final String DEFAULT_EDITION = "nisc-legacy";

    private final Standards standards;
    private final Catalog catalog;
    private final PdfDocuments pdf;
    private final Clock clock;

    StandardController(Standards standards, Catalog catalog, PdfDocuments pdf, Clock clock) {
        this.standards = standards;
        this.catalog = catalog;
        this.pdf = pdf;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    String index(Model model) {
        model.addAttribute("versions", standards.versions());
        return "standard/index";
    }

    @GetMapping("/import")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    String importForm(Model model) {
        model.addAttribute("form", new ImportForm());
        return "standard/import";
    }

    /** The form's fields. */
    static final class ImportForm {
        private String code = "";
        private String title = "";
        private String attribution = "";

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getAttribution() {
            return attribution;
        }

        public void setAttribution(String attribution) {
            this.attribution = attribution;
        }
    }

    @PostMapping("/import")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    String importVersion(
            @org.springframework.web.bind.annotation.ModelAttribute("form") ImportForm form,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            HttpServletResponse response)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException("standard.import.fileRequired");
            }
            StandardVersion version = standards.importVersion(new StandardImport(
                    form.code, form.title, form.attribution, file.getOriginalFilename(), file.getBytes()));
            return "redirect:/standards/versions/" + version.id();
        } catch (DomainException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("errorCode", e.code());
            model.addAttribute("errorArguments", e.arguments());
            return "standard/import";
        }
    }

    @GetMapping("/versions/{id}")
    @PreAuthorize("isAuthenticated()")
    String version(@PathVariable UUID id, Model model) {
        model.addAttribute("version", standards.version(id));
        model.addAttribute("clauses", standards.clauses(id));
        model.addAttribute("suggested", standards.suggestedEditions(id));
        model.addAttribute("editions", catalog.editions());
        model.addAttribute("defaultEdition", DEFAULT_EDITION);
        return "standard/version";
    }

    @PostMapping("/versions/{id}/submit")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    String submit(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return transition(id, redirect, "standard.notice.submitted", () -> standards.submit(id, version));
    }

    @PostMapping("/versions/{id}/approve")
    @PreAuthorize("hasAuthority('PERM_STANDARD_APPROVE')")
    String approve(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return transition(id, redirect, "standard.notice.approved", () -> standards.approve(id, version));
    }

    @PostMapping("/versions/{id}/return")
    @PreAuthorize("hasAuthority('PERM_STANDARD_APPROVE')")
    String returnToDraft(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return transition(id, redirect, "standard.notice.returned", () -> standards.returnToDraft(id, version));
    }

    @PostMapping("/versions/{id}/put-in-force")
    @PreAuthorize("hasAuthority('PERM_STANDARD_APPROVE')")
    String putInForce(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return transition(id, redirect, "standard.notice.putInForce", () -> standards.putInForce(id, version));
    }

    /** Refusals (self-approval, a stale page) come back to the version page as a message, not an error page. */
    private String transition(UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (DomainException e) {
            if (e instanceof dev.toitsu.shared.NotFoundException) {
                throw e;
            }
            redirect.addFlashAttribute("errorCode", e.code());
            redirect.addFlashAttribute("errorArguments", e.arguments());
        }
        return "redirect:/standards/versions/" + id;
    }

    @PostMapping("/versions/{id}/suggest")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    String suggest(@PathVariable UUID id, @RequestParam String edition, RedirectAttributes redirect) {
        Standards.SuggestionSummary summary = standards.suggest(id, edition);
        redirect.addFlashAttribute("suggestion", summary);
        return "redirect:/standards/versions/" + id + "/mappings?edition=" + encode(edition);
    }

    @GetMapping("/versions/{id}/mappings")
    @PreAuthorize("isAuthenticated()")
    String worklist(
            @PathVariable UUID id,
            @RequestParam String edition,
            @RequestParam(defaultValue = "all") String show,
            Model model) {
        List<ClauseReview> all = standards.worklist(id, edition);
        List<ClauseReview> shown = switch (show) {
            case "undecided" ->
                all.stream()
                        .filter(r -> !r.decided() && !r.organizationSpecific())
                        .toList();
            case "specific" ->
                all.stream().filter(ClauseReview::organizationSpecific).toList();
            case "flagged" -> all.stream().filter(r -> !r.flags().isEmpty()).toList();
            default -> all;
        };
        model.addAttribute("version", standards.version(id));
        model.addAttribute("edition", catalog.edition(edition));
        model.addAttribute("reviews", shown);
        model.addAttribute("show", show);
        model.addAttribute("total", all.size());
        model.addAttribute(
                "specificCount",
                all.stream().filter(ClauseReview::organizationSpecific).count());
        model.addAttribute(
                "flaggedCount", all.stream().filter(r -> !r.flags().isEmpty()).count());
        return "standard/worklist";
    }

    @GetMapping("/versions/{id}/clause")
    @PreAuthorize("isAuthenticated()")
    String clause(@PathVariable UUID id, @RequestParam String edition, @RequestParam String locator, Model model) {
        return clausePage(id, edition, locator, model);
    }

    private String clausePage(UUID id, String edition, String locator, Model model) {
        EditionSummary summary = catalog.edition(edition);
        model.addAttribute("version", standards.version(id));
        model.addAttribute("edition", summary);
        model.addAttribute("review", standards.review(id, edition, locator));
        model.addAttribute("matched", standards.matchedWords(id, edition, locator));
        model.addAttribute(
                "requirements",
                catalog.requirements(edition).stream()
                        .collect(java.util.stream.Collectors.toMap(
                                r -> r.nodeId(), r -> r, (a, b) -> a, java.util.HashMap::new)));
        return "standard/clause";
    }

    @PostMapping("/versions/{id}/mappings/{mappingId}/confirm")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    String confirm(
            @PathVariable UUID id,
            @PathVariable UUID mappingId,
            @RequestParam long version,
            @RequestParam String edition,
            @RequestParam String locator,
            @RequestParam(required = false) String note,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return decide(
                id,
                edition,
                locator,
                note,
                model,
                response,
                redirect,
                () -> standards.confirm(id, mappingId, version, note));
    }

    @PostMapping("/versions/{id}/mappings/{mappingId}/reject")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    String reject(
            @PathVariable UUID id,
            @PathVariable UUID mappingId,
            @RequestParam long version,
            @RequestParam String edition,
            @RequestParam String locator,
            @RequestParam(required = false) String note,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return decide(
                id,
                edition,
                locator,
                note,
                model,
                response,
                redirect,
                () -> standards.reject(id, mappingId, version, note));
    }

    @PostMapping("/versions/{id}/mappings")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    String add(
            @PathVariable UUID id,
            @RequestParam String edition,
            @RequestParam String locator,
            @RequestParam(defaultValue = "") String requirement,
            @RequestParam(required = false) String note,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("typedRequirement", requirement);
        return decide(
                id,
                edition,
                locator,
                note,
                model,
                response,
                redirect,
                () -> standards.addMapping(id, locator, edition, requirement, note));
    }

    /**
     * A refused decision shows the clause page again with the current state, the message and what the person typed
     * (a stale version after someone else decided: 409 「他の利用者が変更しました」, nothing of theirs is lost).
     */
    private String decide(
            UUID id,
            String edition,
            String locator,
            String note,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "standard.mapping.saved");
            return "redirect:/standards/versions/" + id + "/clause?edition=" + encode(edition) + "&locator="
                    + encode(locator);
        } catch (DomainException e) {
            if (e instanceof dev.toitsu.shared.NotFoundException) {
                throw e;
            }
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("errorCode", e.code());
            model.addAttribute("errorArguments", e.arguments());
            model.addAttribute("typedNote", note);
            return clausePage(id, edition, locator, model);
        }
    }

    @GetMapping("/versions/{id}/impact")
    @PreAuthorize("isAuthenticated()")
    String impact(
            @PathVariable UUID id,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        model.addAttribute("version", standards.version(id));
        model.addAttribute("suggested", standards.suggestedEditions(id));
        model.addAttribute("editions", catalog.editions());
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (from != null && !from.isBlank() && to != null && !to.isBlank()) {
            model.addAttribute("impact", standards.impact(id, from, to));
            model.addAttribute("items", standards.impactItems(id, from, to));
        }
        model.addAttribute("pairs", standards.impactPairs(id));
        model.addAttribute("statuses", ImpactStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "standard/impact";
    }

    /** Records the impact between the two editions as worklist items (again: nothing new is added twice). */
    @PostMapping("/versions/{id}/impact/items")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    String recordImpact(
            @PathVariable UUID id, @RequestParam String from, @RequestParam String to, RedirectAttributes redirect) {
        int added = standards.recordImpact(id, from, to);
        redirect.addFlashAttribute("notice", "standard.impact.recorded");
        redirect.addFlashAttribute("noticeArguments", new Object[] {added});
        return "redirect:/standards/versions/" + id + "/impact?from=" + encode(from) + "&to=" + encode(to);
    }

    /** Saves one item's owner, due date and status; a refusal shows the page again with what the person typed. */
    @PostMapping("/versions/{id}/impact/items/{itemId}")
    @PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
    String updateImpactItem(
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam long version,
            @RequestParam(required = false) ImpactStatus status,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false)
                    @org.springframework.format.annotation.DateTimeFormat(
                            iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                    LocalDate dueOn,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            standards.updateImpactItem(
                    id, itemId, new Standards.ImpactItemUpdate(version, owner, dueOn, status, reason));
            redirect.addFlashAttribute("notice", "standard.impact.saved");
            return "redirect:/standards/versions/" + id + "/impact?from=" + encode(from) + "&to=" + encode(to)
                    + "#item-" + itemId;
        } catch (DomainException e) {
            if (e instanceof dev.toitsu.shared.NotFoundException) {
                throw e;
            }
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("errorCode", e.code());
            model.addAttribute("errorArguments", e.arguments());
            model.addAttribute("typedItem", itemId);
            model.addAttribute("typedStatus", status);
            model.addAttribute("typedOwner", owner);
            model.addAttribute("typedDueOn", dueOn);
            model.addAttribute("typedReason", reason);
            return impact(id, from, to, model);
        }
    }

    @GetMapping("/versions/{id}/coverage")
    @PreAuthorize("isAuthenticated()")
    String coverage(@PathVariable UUID id, @RequestParam String edition, Model model) {
        model.addAttribute("report", standards.coverage(id, edition));
        model.addAttribute("pdfAvailable", pdf.available());
        return "standard/coverage";
    }

    /** The 対応表 as a plain page for the browser's print dialog; the PDF is the same page laid out by the server. */
    @GetMapping("/versions/{id}/coverage/print")
    @PreAuthorize("isAuthenticated()")
    String coveragePrint(@PathVariable UUID id, @RequestParam String edition, Model model) {
        model.addAllAttributes(printVariables(id, edition));
        return "standard/coverage-print";
    }

    @GetMapping("/versions/{id}/coverage.pdf")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> coveragePdf(@PathVariable UUID id, @RequestParam String edition, Locale locale) {
        Map<String, Object> variables = printVariables(id, edition);
        StandardVersion version = ((CoverageReport) variables.get("report")).version();
        byte[] document = pdf.fromTemplate("standard/coverage-print", variables, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName(version, edition, "pdf"), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(document);
    }

    /** The version as an OSCAL profile, downloaded as a file. */
    @GetMapping("/versions/{id}/oscal-profile.json")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> oscalProfile(@PathVariable UUID id, @RequestParam String edition) {
        StandardVersion version = standards.version(id);
        String name = "profile_" + version.documentCode() + "_v" + version.number() + "_" + edition + ".json";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(standards.oscalProfile(id, edition).getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Object> printVariables(UUID id, String edition) {
        return Map.of("report", standards.coverage(id, edition), "printedAt", LocalDateTime.now(clock));
    }

    private static String fileName(StandardVersion version, String edition, String extension) {
        return "対応表_" + version.documentCode() + "_v" + version.number() + "_" + edition + "." + extension;
    }

    @GetMapping("/versions/{id}/coverage.xlsx")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> coverageWorkbook(@PathVariable UUID id, @RequestParam String edition) {
        StandardVersion version = standards.version(id);
        byte[] workbook = standards.coverageWorkbook(id, edition);
        String name = fileName(version, edition, "xlsx");
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(workbook);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
