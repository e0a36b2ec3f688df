package dev.toitsu.audittrail.web;

import dev.toitsu.audittrail.AuditEventPage;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.audittrail.ChainVerification;
import dev.toitsu.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The 操作履歴 page: search, page through, verify the organization's chain, download CSV. */
@Controller
@RequestMapping("/audit-trail")
@PreAuthorize("hasAuthority('PERM_AUDIT_TRAIL_READ')")
class AuditTrailController {

    private final AuditTrail auditTrail;

    AuditTrailController(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @GetMapping
    String search(AuditSearch form, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("form", form);
        if (form.reversed()) {
            model.addAttribute("formError", "audittrail.query.periodReversed");
            model.addAttribute("page", new AuditEventPage(java.util.List.of(), 0, AuditEventPage.DEFAULT_SIZE, false));
        } else {
            AuditEventPage result = auditTrail.search(form.query(), page, AuditEventPage.DEFAULT_SIZE);
            model.addAttribute("page", result);
            if (result.hasPrevious()) {
                model.addAttribute("previousUrl", form.url("/audit-trail", result.page() - 1));
            }
            if (result.hasNext()) {
                model.addAttribute("nextUrl", form.url("/audit-trail", result.page() + 1));
            }
        }
        model.addAttribute("csvUrl", form.url("/audit-trail/export.csv", null));
        return "audittrail/search";
    }

    @PostMapping("/verification")
    String verify(RedirectAttributes redirect) {
        ChainVerification verification = auditTrail.verifyOwnOrganization();
        redirect.addFlashAttribute("verification", verification);
        return "redirect:/audit-trail";
    }

    @GetMapping("/export.csv")
    void export(AuditSearch form, Locale locale, HttpServletResponse response) throws IOException {
        if (form.reversed()) {
            throw new DomainException("audittrail.query.periodReversed");
        }
        AuditTrailDownload.stream(response, out -> auditTrail.exportCsv(form.query(), locale, out));
    }
}
