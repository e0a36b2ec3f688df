package dev.toitsu.organization.rest;

import dev.toitsu.organization.AssignmentDraft;
import dev.toitsu.organization.RoleAssignment;
import dev.toitsu.organization.RoleAssignments;
import dev.toitsu.organization.RoleHolder;
import dev.toitsu.organization.ScopeKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
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
 * Role assignments: today's holders, a person's history, appointing (checked against the separation matrix) and
 * ending (the assignment stays as history).
 */
@RestController
@RequestMapping("/api/v1/role-assignments")
class RoleAssignmentApi {

    private final RoleAssignments assignments;

    RoleAssignmentApi(RoleAssignments assignments) {
        this.assignments = assignments;
    }

    record AssignmentRequest(
            @NotNull(message = "{organization.assignment.personId.required}")
            UUID personId,

            @NotNull(message = "{organization.assignment.role.required}")
            UUID roleId,

            ScopeKind scopeKind,
            UUID scopeId,
            LocalDate startsOn,
            LocalDate endsOn,

            @Size(max = 1000, message = "{organization.assignment.note.tooLong}")
            String note) {}

    record EndRequest(
            @NotNull(message = "{organization.version.required}")
            Long version,

            LocalDate endsOn) {}

    /** Today's holders, or with {@code person} every assignment that person ever had. */
    @GetMapping
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    List<?> list(@RequestParam(required = false) UUID person) {
        return person == null ? holders() : assignments.historyOf(person);
    }

    private List<RoleHolder> holders() {
        return assignments.holders();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    RoleAssignment get(@PathVariable UUID id) {
        return assignments.get(id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    ResponseEntity<RoleAssignment> assign(@Valid @RequestBody AssignmentRequest request) {
        RoleAssignment created = assignments.assign(new AssignmentDraft(
                request.personId(),
                request.roleId(),
                request.scopeKind(),
                request.scopeId(),
                request.startsOn(),
                request.endsOn(),
                request.note()));
        return ResponseEntity.created(URI.create("/api/v1/role-assignments/" + created.id()))
                .body(created);
    }

    @PostMapping("/{id}/end")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    RoleAssignment end(@PathVariable UUID id, @Valid @RequestBody EndRequest request) {
        return assignments.end(id, request.version(), request.endsOn());
    }
}
