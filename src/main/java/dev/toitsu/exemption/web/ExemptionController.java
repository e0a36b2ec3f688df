package dev.toitsu.exemption.web;

import dev.toitsu.exemption.ExemptionRecord;
import dev.toitsu.exemption.Exemptions;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.workflow.Spreadsheets;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 例外措置: the application (the workflow's form of type EXEMPTION), a 審査記録, the ledger with CSV/Excel export, and
 * the reports to the CISO.
 */
@Controller
@RequestMapping("/exemptions")
class ExemptionController {

    private final Exemptions exemptions;
    private final MessageSource messages;
    private final Clock clock;

    ExemptionController(Exemptions exemptions, MessageSource messages, Clock clock) {
        this.exemptions = exemptions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/new")
    @PreAuthorize("isAuthenticated()")
    String apply() {
        return "redirect:/requests/new?type=EXEMPTION";
    }

    @GetMapping("/ledger")
    @PreAuthorize("hasAuthority('PERM_EXEMPTION_LEDGER_READ')")
    String ledger(
            @RequestParam(required = false) Boolean granted,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            Model model) {
        model.addAttribute("records", exemptions.ledger(granted, year, q));
        model.addAttribute("granted", granted);
        model.addAttribute("year", year);
        model.addAttribute("q", q);
        model.addAttribute("today", LocalDate.now(clock));
        return "exemption/ledger";
    }

    @GetMapping(value = "/ledger", params = "format")
    @PreAuthorize("hasAuthority('PERM_EXEMPTION_LEDGER_READ')")
    void export(
            @RequestParam(required = false) Boolean granted,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response)
            throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = LocalDate.now(clock);
        List<String> headers = List.of(
                        "number",
                        "status",
                        "applicant",
                        "applicantUnit",
                        "regulation",
                        "clause",
                        "requirement",
                        "periodFrom",
                        "periodTo",
                        "measures",
                        "endReportMethod",
                        "reason",
                        "postHoc",
                        "result",
                        "decisionReason",
                        "approvedClause",
                        "approvedFrom",
                        "approvedTo",
                        "approvedMeasures",
                        "conditions",
                        "reviewer",
                        "reviewerRole",
                        "decidedAt",
                        "endedOn",
                        "acknowledgedAt",
                        "sha256")
                .stream()
                .map(h -> messages.getMessage("exemption.column." + h, null, locale))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (ExemptionRecord r : exemptions.ledger(granted, year, q)) {
            List<Object> row = new ArrayList<>();
            row.add(r.number());
            row.add(messages.getMessage("exemption.status." + r.status(today), null, locale));
            row.add(r.applicantName());
            row.add(r.applicantUnit());
            row.add(r.appliedClause().regulation());
            row.add(r.appliedClause().clause());
            row.add(r.appliedClause().requirementId());
            row.add(r.periodFrom());
            row.add(r.periodTo());
            row.add(r.measures());
            row.add(r.endReportMethod());
            row.add(r.reason());
            row.add(r.postHoc() ? messages.getMessage("common.yes", null, locale) : "");
            row.add(messages.getMessage(r.granted() ? "exemption.granted" : "exemption.rejected", null, locale));
            row.add(r.decisionReason());
            row.add(r.approvedClause() == null ? null : r.approvedClause().display());
            row.add(r.approvedFrom());
            row.add(r.approvedTo());
            row.add(r.approvedMeasures());
            row.add(r.conditions());
            row.add(r.reviewerName());
            row.add(r.reviewerRole());
            row.add(r.decidedAt());
            row.add(r.endedOn());
            row.add(r.cisoAcknowledgedAt());
            row.add(r.snapshotSha256());
            rows.add(row);
        }
        boolean excel = "xlsx".equals(format);
        response.setContentType(excel ? Spreadsheets.XLSX : Spreadsheets.CSV);
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"exemption-ledger." + (excel ? "xlsx" : "csv") + "\"");
        if (excel) {
            Spreadsheets.xlsx("ledger", headers, rows, response.getOutputStream());
        } else {
            Spreadsheets.csv(headers, rows, response.getOutputStream());
        }
    }

    @GetMapping("/reports")
    @PreAuthorize("hasAuthority('PERM_CISO_REPORT_RECEIVE')")
    String reports(Model model) {
        model.addAttribute("records", exemptions.reports());
        model.addAttribute("today", LocalDate.now(clock));
        return "exemption/reports";
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize("hasAuthority('PERM_CISO_REPORT_RECEIVE')")
    String acknowledge(
            @PathVariable UUID id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        try {
            exemptions.acknowledge(id, version);
            redirect.addFlashAttribute("flash", "exemption.acknowledged");
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            redirect.addFlashAttribute(
                    "actionError",
                    messages.getMessage(e.code(), e.arguments(), e.code(), LocaleContextHolder.getLocale()));
        }
        return "redirect:/exemptions/reports";
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    String record(@PathVariable UUID id, Model model) {
        model.addAttribute("r", exemptions.record(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "exemption/record";
    }
}
