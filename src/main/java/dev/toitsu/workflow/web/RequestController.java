package dev.toitsu.workflow.web;

import dev.toitsu.shared.DomainException;
import dev.toitsu.workflow.ApprovalRequest;
import dev.toitsu.workflow.ApprovalRequests;
import dev.toitsu.workflow.AttachmentContent;
import dev.toitsu.workflow.RequestDetail;
import dev.toitsu.workflow.RequestType;
import dev.toitsu.workflow.RequestTypes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 申請: my requests, waiting for my decision, the generic application form of every request type, and a request's
 * page with its decisions, comments, attachments and the actions the viewer may take. Who may do what is decided in
 * {@link ApprovalRequests}; these handlers only need a signed-in person.
 */
@Controller
@RequestMapping("/requests")
@PreAuthorize("isAuthenticated()")
class RequestController {

    private final ApprovalRequests requests;
    private final RequestTypes types;
    private final WebErrors errors;

    RequestController(ApprovalRequests requests, RequestTypes types, WebErrors errors) {
        this.requests = requests;
        this.types = types;
        this.errors = errors;
    }

    @GetMapping
    String mine(Model model) {
        model.addAttribute("requests", requests.mine());
        model.addAttribute("types", types.available());
        return "workflow/mine";
    }

    @GetMapping("/inbox")
    String inbox(Model model) {
        model.addAttribute("requests", requests.awaitingMe());
        return "workflow/inbox";
    }

    @GetMapping("/new")
    String newForm(@RequestParam String type, Model model) {
        RequestType requestType = types.get(type);
        RequestForm form = new RequestForm();
        form.setTypeCode(requestType.code());
        model.addAttribute("form", form);
        return form(model, requestType, null);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") RequestForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "submit") String action,
            Model model,
            RedirectAttributes redirect) {
        try {
            ApprovalRequest created = requests.create(form.draft(), "submit".equals(action));
            redirect.addFlashAttribute(
                    "flash", "submit".equals(action) ? "workflow.request.submitted" : "common.saved");
            return "redirect:/requests/" + created.id();
        } catch (DomainException e) {
            WebErrors.reject(binding, e);
        }
        return form(model, types.get(form.getTypeCode()), null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        RequestDetail detail = requests.detail(id);
        model.addAttribute("form", RequestForm.of(detail.request()));
        return form(model, detail.type(), detail.request());
    }

    @PostMapping("/{id}")
    String revise(
            @PathVariable UUID id,
            @ModelAttribute("form") RequestForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String action,
            Model model,
            RedirectAttributes redirect) {
        try {
            ApprovalRequest revised = requests.revise(id, form.getVersion(), form.draft());
            if ("submit".equals(action)) {
                requests.submit(id, revised.version());
            }
            redirect.addFlashAttribute(
                    "flash", "submit".equals(action) ? "workflow.request.submitted" : "common.saved");
            return "redirect:/requests/" + id;
        } catch (DomainException e) {
            WebErrors.reject(binding, e);
        }
        RequestDetail detail = requests.detail(id);
        return form(model, detail.type(), detail.request());
    }

    private String form(Model model, RequestType type, ApprovalRequest existing) {
        model.addAttribute("type", type);
        model.addAttribute("existing", existing);
        boolean english = "en"
                .equals(org.springframework.context.i18n.LocaleContextHolder.getLocale()
                        .getLanguage());
        model.addAttribute("pageTitle", english && type.nameEn() != null ? type.nameEn() : type.name());
        return "workflow/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        RequestDetail detail = requests.detail(id);
        model.addAttribute("detail", detail);
        model.addAttribute("outcomes", dev.toitsu.workflow.DecisionOutcome.values());
        if (!model.containsAttribute("decision")) {
            DecisionForm decision = new DecisionForm();
            decision.setVersion(detail.request().version());
            Map<String, String> amended = new HashMap<>();
            detail.type().fields().stream()
                    .filter(f -> f.amendable())
                    .forEach(f -> amended.put(f.key(), detail.request().decidedValue(f.key())));
            decision.setAmended(amended);
            decision.setApprovedFrom(
                    detail.request().approvedFrom() != null
                            ? detail.request().approvedFrom()
                            : detail.request().periodFrom());
            decision.setApprovedTo(
                    detail.request().approvedTo() != null
                            ? detail.request().approvedTo()
                            : detail.request().periodTo());
            model.addAttribute("decision", decision);
        }
        return "workflow/request";
    }

    @PostMapping("/{id}/decide")
    String decide(
            @PathVariable UUID id,
            @ModelAttribute("decision") DecisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            ApprovalRequest current = requests.get(id);
            Map<String, String> decided = new HashMap<>();
            form.getAmended()
                    .keySet()
                    .forEach(k -> decided.put(k, java.util.Objects.toString(current.decidedValue(k), "")));
            requests.decide(id, form.draft(decided));
            redirect.addFlashAttribute("flash", "workflow.decision.recorded");
            return "redirect:/requests/" + id;
        } catch (DomainException e) {
            WebErrors.reject(binding, e);
        }
        return show(id, model);
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return errors.run("/requests/" + id, redirect, () -> requests.submit(id, version));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return errors.run("/requests/" + id, redirect, () -> requests.withdraw(id, version));
    }

    @PostMapping("/{id}/escalate")
    String escalate(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return errors.run("/requests/" + id, redirect, () -> requests.escalate(id, version));
    }

    @PostMapping("/{id}/comments")
    String comment(@PathVariable UUID id, @RequestParam(required = false) String body, RedirectAttributes redirect) {
        return errors.run("/requests/" + id, redirect, () -> requests.comment(id, body));
    }

    @PostMapping("/{id}/attachments")
    String attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        byte[] content = file.getBytes();
        return errors.run("/requests/" + id, redirect, () -> requests.attach(id, file.getOriginalFilename(), content));
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        AttachmentContent a = requests.attachment(id, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(a.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(a.content());
    }

    @PostMapping("/{id}/end-report")
    String reportEnd(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) String report,
            RedirectAttributes redirect) {
        return errors.run("/requests/" + id, redirect, () -> requests.reportEnd(id, version, report));
    }

    @PostMapping("/{id}/chase")
    String chase(@PathVariable UUID id, RedirectAttributes redirect) {
        return errors.run("/requests/" + id, redirect, () -> requests.chaseEndReport(id));
    }
}
