package dev.toitsu.workflow.rest;

import dev.toitsu.workflow.ApprovalRequest;
import dev.toitsu.workflow.ApprovalRequests;
import dev.toitsu.workflow.Attachment;
import dev.toitsu.workflow.Comment;
import dev.toitsu.workflow.Decision;
import dev.toitsu.workflow.DecisionDraft;
import dev.toitsu.workflow.DecisionOutcome;
import dev.toitsu.workflow.RequestDetail;
import dev.toitsu.workflow.RequestDraft;
import dev.toitsu.workflow.RequestPage;
import dev.toitsu.workflow.RequestQuery;
import dev.toitsu.workflow.RequestState;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Requests: apply, correct, submit, withdraw, decide (with the version seen: a request decided meanwhile answers
 * 409), escalate, comment, attach, report the end; "mine", "awaiting me" and the register. Authorization and
 * separation of duties are checked in {@link ApprovalRequests}, exactly as for the pages.
 */
@RestController
@RequestMapping("/api/v1/requests")
@PreAuthorize("isAuthenticated()")
class RequestApi {

    private final ApprovalRequests requests;

    RequestApi(ApprovalRequests requests) {
        this.requests = requests;
    }

    record Application(
            String type,
            String title,
            Map<String, String> values,
            LocalDate periodFrom,
            LocalDate periodTo,
            boolean postHoc,
            String contact,
            Boolean submit) {

        RequestDraft draft() {
            return new RequestDraft(type, title, values, periodFrom, periodTo, postHoc, contact);
        }
    }

    record Revision(long version, Application application) {}

    record Version(long version) {}

    record DecisionRequest(
            DecisionOutcome outcome,
            String reason,
            String conditions,
            Set<String> confirmedChecks,
            Map<String, String> amendedValues,
            LocalDate approvedFrom,
            LocalDate approvedTo,
            boolean waiveEndReport,
            long version) {}

    record CommentRequest(String body) {}

    record EndReport(long version, String report) {}

    @GetMapping
    List<ApprovalRequest> mine() {
        return requests.mine();
    }

    @GetMapping("/awaiting-me")
    List<ApprovalRequest> awaitingMe() {
        return requests.awaitingMe();
    }

    @GetMapping("/register")
    @PreAuthorize("hasAuthority('PERM_REQUEST_REGISTER_READ')")
    RequestPage register(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) RequestState state,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return requests.register(new RequestQuery(type, state, q, year), page, size);
    }

    @PostMapping
    ResponseEntity<ApprovalRequest> apply(@RequestBody Application application) {
        ApprovalRequest created = requests.create(application.draft(), !Boolean.FALSE.equals(application.submit()));
        return ResponseEntity.created(URI.create("/api/v1/requests/" + created.id()))
                .body(created);
    }

    @GetMapping("/{id}")
    RequestDetail get(@PathVariable UUID id) {
        return requests.detail(id);
    }

    @PutMapping("/{id}")
    ApprovalRequest revise(@PathVariable UUID id, @RequestBody Revision revision) {
        return requests.revise(id, revision.version(), revision.application().draft());
    }

    @PostMapping("/{id}/submit")
    ApprovalRequest submit(@PathVariable UUID id, @RequestBody Version version) {
        return requests.submit(id, version.version());
    }

    @PostMapping("/{id}/withdraw")
    ApprovalRequest withdraw(@PathVariable UUID id, @RequestBody Version version) {
        return requests.withdraw(id, version.version());
    }

    @PostMapping("/{id}/decisions")
    ResponseEntity<Decision> decide(@PathVariable UUID id, @RequestBody DecisionRequest d) {
        Decision decision = requests.decide(
                id,
                new DecisionDraft(
                        d.outcome(),
                        d.reason(),
                        d.conditions(),
                        d.confirmedChecks(),
                        d.amendedValues(),
                        d.approvedFrom(),
                        d.approvedTo(),
                        d.waiveEndReport(),
                        d.version()));
        return ResponseEntity.created(URI.create("/api/v1/requests/" + id)).body(decision);
    }

    @PostMapping("/{id}/escalate")
    ApprovalRequest escalate(@PathVariable UUID id, @RequestBody Version version) {
        return requests.escalate(id, version.version());
    }

    @PostMapping("/{id}/comments")
    Comment comment(@PathVariable UUID id, @RequestBody CommentRequest comment) {
        return requests.comment(id, comment.body());
    }

    @PostMapping("/{id}/attachments")
    Attachment attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file) throws IOException {
        return requests.attach(id, file.getOriginalFilename(), file.getBytes());
    }

    @PostMapping("/{id}/end-report")
    ApprovalRequest reportEnd(@PathVariable UUID id, @RequestBody EndReport report) {
        return requests.reportEnd(id, report.version(), report.report());
    }

    @PostMapping("/{id}/end-report-request")
    ResponseEntity<Void> chase(@PathVariable UUID id) {
        requests.chaseEndReport(id);
        return ResponseEntity.noContent().build();
    }
}
