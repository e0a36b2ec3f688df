package dev.toitsu.exemption.rest;

import dev.toitsu.exemption.ActiveExemptions;
import dev.toitsu.exemption.ExemptionApplication;
import dev.toitsu.exemption.ExemptionRecord;
import dev.toitsu.exemption.Exemptions;
import dev.toitsu.workflow.ApprovalRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 例外措置: apply (then decide through {@code /api/v1/requests/{id}/decisions}), the 審査記録, the ledger, the
 * reports to the CISO and the exemptions in force (optionally for one information system).
 */
@RestController
@RequestMapping("/api/v1/exemptions")
class ExemptionApi {

    private final Exemptions exemptions;
    private final ActiveExemptions active;

    ExemptionApi(Exemptions exemptions, ActiveExemptions active) {
        this.exemptions = exemptions;
        this.active = active;
    }

    record Version(long version) {}

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<ApprovalRequest> apply(
            @RequestBody ExemptionApplication application, @RequestParam(defaultValue = "true") boolean submit) {
        ApprovalRequest created = exemptions.apply(application, submit);
        return ResponseEntity.created(URI.create("/api/v1/requests/" + created.id()))
                .body(created);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_EXEMPTION_LEDGER_READ')")
    List<ExemptionRecord> ledger(
            @RequestParam(required = false) Boolean granted,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q) {
        return exemptions.ledger(granted, year, q);
    }

    @GetMapping("/in-force")
    @PreAuthorize("hasAuthority('PERM_EXEMPTION_LEDGER_READ')")
    List<ExemptionRecord> inForce(@RequestParam(required = false) UUID system) {
        return system == null ? active.inForce() : active.forSystem(system);
    }

    @GetMapping("/reports")
    @PreAuthorize("hasAuthority('PERM_CISO_REPORT_RECEIVE')")
    List<ExemptionRecord> reports() {
        return exemptions.reports();
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    ExemptionRecord record(@PathVariable UUID id) {
        return exemptions.record(id);
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize("hasAuthority('PERM_CISO_REPORT_RECEIVE')")
    ExemptionRecord acknowledge(@PathVariable UUID id, @RequestBody Version version) {
        return exemptions.acknowledge(id, version.version());
    }
}
