package dev.toitsu.workflow.rest;

import dev.toitsu.workflow.Delegation;
import dev.toitsu.workflow.DelegationDraft;
import dev.toitsu.workflow.Delegations;
import dev.toitsu.workflow.Notification;
import dev.toitsu.workflow.Notifications;
import dev.toitsu.workflow.RequestType;
import dev.toitsu.workflow.RequestTypeDraft;
import dev.toitsu.workflow.RequestTypes;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Request types (read; define and revise with WORKFLOW_ADMINISTER), delegations and the notification inbox. */
@RestController
@PreAuthorize("isAuthenticated()")
class WorkflowApi {

    private final RequestTypes types;
    private final Delegations delegations;
    private final Notifications notifications;

    WorkflowApi(RequestTypes types, Delegations delegations, Notifications notifications) {
        this.types = types;
        this.delegations = delegations;
        this.notifications = notifications;
    }

    record Version(long version) {}

    record TypeRevision(long version, RequestTypeDraft type) {}

    @GetMapping("/api/v1/request-types")
    List<RequestType> types() {
        return types.available();
    }

    @GetMapping("/api/v1/request-types/{code}")
    RequestType type(@PathVariable String code) {
        return types.get(code);
    }

    @PostMapping("/api/v1/request-types")
    @PreAuthorize("hasAuthority('PERM_WORKFLOW_ADMINISTER')")
    ResponseEntity<RequestType> define(@RequestBody RequestTypeDraft draft) {
        RequestType defined = types.define(draft);
        return ResponseEntity.created(URI.create("/api/v1/request-types/" + defined.code()))
                .body(defined);
    }

    @PutMapping("/api/v1/request-types/{id}")
    @PreAuthorize("hasAuthority('PERM_WORKFLOW_ADMINISTER')")
    RequestType revise(@PathVariable UUID id, @RequestBody TypeRevision revision) {
        return types.revise(id, revision.version(), revision.type());
    }

    @GetMapping("/api/v1/delegations")
    List<Delegation> delegations() {
        return delegations.mine();
    }

    @PostMapping("/api/v1/delegations")
    ResponseEntity<Delegation> delegate(@RequestBody DelegationDraft draft) {
        Delegation created = delegations.delegate(draft);
        return ResponseEntity.created(URI.create("/api/v1/delegations/" + created.id()))
                .body(created);
    }

    @PostMapping("/api/v1/delegations/{id}/revoke")
    Delegation revoke(@PathVariable UUID id, @RequestBody Version version) {
        return delegations.revoke(id, version.version());
    }

    @GetMapping("/api/v1/notifications")
    List<Notification> notifications() {
        return notifications.mine();
    }

    /** How many of the caller's notifications are unread (one indexed count). */
    @GetMapping("/api/v1/notifications/unread-count")
    UnreadCount unreadCount() {
        return new UnreadCount(notifications.unreadCount());
    }

    record UnreadCount(long unread) {}

    @PostMapping("/api/v1/notifications/{id}/read")
    ResponseEntity<Void> read(@PathVariable UUID id) {
        notifications.markRead(id);
        return ResponseEntity.noContent().build();
    }
}
