package dev.toitsu.violation.rest;

import dev.toitsu.violation.Violation;
import dev.toitsu.violation.ViolationDraft;
import dev.toitsu.violation.Violations;
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
import org.springframework.web.bind.annotation.RestController;

/** 違反: report, list (own and handled), record measures, acknowledge (CISO). */
@RestController
@RequestMapping("/api/v1/violations")
@PreAuthorize("isAuthenticated()")
class ViolationApi {

    private final Violations violations;

    ViolationApi(Violations violations) {
        this.violations = violations;
    }

    record Measures(long version, String measures) {}

    record Version(long version) {}

    @GetMapping
    List<Violation> list() {
        List<Violation> all = new java.util.ArrayList<>(violations.mine());
        violations.handled().stream().filter(v -> !all.contains(v)).forEach(all::add);
        return all;
    }

    @PostMapping
    ResponseEntity<Violation> report(@RequestBody ViolationDraft draft) {
        Violation v = violations.report(draft);
        return ResponseEntity.created(URI.create("/api/v1/violations/" + v.id()))
                .body(v);
    }

    @GetMapping("/{id}")
    Violation get(@PathVariable UUID id) {
        return violations.get(id);
    }

    @PostMapping("/{id}/measures")
    @PreAuthorize("hasAuthority('PERM_VIOLATION_HANDLE')")
    Violation measures(@PathVariable UUID id, @RequestBody Measures measures) {
        return violations.recordMeasures(id, measures.version(), measures.measures());
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize("hasAuthority('PERM_CISO_REPORT_RECEIVE')")
    Violation acknowledge(@PathVariable UUID id, @RequestBody Version version) {
        return violations.acknowledge(id, version.version());
    }
}
