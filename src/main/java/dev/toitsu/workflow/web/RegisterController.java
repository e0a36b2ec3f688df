package dev.toitsu.workflow.web;

import dev.toitsu.workflow.ApprovalRequest;
import dev.toitsu.workflow.ApprovalRequests;
import dev.toitsu.workflow.RequestPage;
import dev.toitsu.workflow.RequestQuery;
import dev.toitsu.workflow.RequestState;
import dev.toitsu.workflow.RequestTypes;
import dev.toitsu.workflow.Spreadsheets;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 申請の一覧 (register): every request of the organization with filters, as CSV or Excel as well. */
@Controller
@RequestMapping("/requests/register")
@PreAuthorize("hasAuthority('PERM_REQUEST_REGISTER_READ')")
class RegisterController {

    private static final int EXPORT_LIMIT = 10_000;

    private final ApprovalRequests requests;
    private final RequestTypes types;
    private final MessageSource messages;

    RegisterController(ApprovalRequests requests, RequestTypes types, MessageSource messages) {
        this.requests = requests;
        this.types = types;
        this.messages = messages;
    }

    @GetMapping
    String register(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) RequestState state,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        RequestPage result = requests.register(new RequestQuery(type, state, q, year), page, 50);
        model.addAttribute("result", result);
        model.addAttribute("types", types.available());
        model.addAttribute("states", RequestState.values());
        model.addAttribute("type", type);
        model.addAttribute("state", state);
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        return "workflow/register";
    }

    @GetMapping(params = "format")
    void export(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) RequestState state,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "csv") String format,
            HttpServletResponse response)
            throws IOException {
        List<ApprovalRequest> items = requests.register(new RequestQuery(type, state, q, year), 0, EXPORT_LIMIT)
                .items();
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = List.of(
                        "number",
                        "type",
                        "title",
                        "applicant",
                        "unit",
                        "state",
                        "submittedAt",
                        "periodFrom",
                        "periodTo",
                        "conditions")
                .stream()
                .map(h -> messages.getMessage("workflow.register.column." + h, null, locale))
                .toList();
        List<List<Object>> rows = new ArrayList<>();
        for (ApprovalRequest r : items) {
            List<Object> row = new ArrayList<>();
            row.add(r.number());
            row.add(r.typeName());
            row.add(r.title());
            row.add(r.applicantName());
            row.add(r.applicantUnitName());
            row.add(messages.getMessage("workflow.state." + r.state(), null, locale));
            row.add(r.submittedAt());
            row.add(r.approvedFrom() != null ? r.approvedFrom() : r.periodFrom());
            row.add(r.approvedTo() != null ? r.approvedTo() : r.periodTo());
            row.add(r.conditions());
            rows.add(row);
        }
        boolean excel = "xlsx".equals(format);
        response.setContentType(excel ? Spreadsheets.XLSX : Spreadsheets.CSV);
        response.setHeader("Content-Disposition", "attachment; filename=\"requests." + (excel ? "xlsx" : "csv") + "\"");
        if (excel) {
            Spreadsheets.xlsx("requests", headers, rows, response.getOutputStream());
        } else {
            Spreadsheets.csv(headers, rows, response.getOutputStream());
        }
    }
}
