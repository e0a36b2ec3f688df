package dev.toitsu.workflow.web;

import dev.toitsu.organization.People;
import dev.toitsu.organization.PersonQuery;
import dev.toitsu.workflow.DelegationDraft;
import dev.toitsu.workflow.Delegations;
import dev.toitsu.workflow.Notifications;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** お知らせ (the in-app inbox) and 代理 (delegation of one's approval authority during absence). */
@Controller
@PreAuthorize("isAuthenticated()")
class InboxController {

    private final Notifications notifications;
    private final Delegations delegations;
    private final People people;
    private final WebErrors errors;

    InboxController(Notifications notifications, Delegations delegations, People people, WebErrors errors) {
        this.notifications = notifications;
        this.delegations = delegations;
        this.people = people;
        this.errors = errors;
    }

    @GetMapping("/notifications")
    String notifications(Model model) {
        model.addAttribute("notifications", notifications.mine());
        return "workflow/notifications";
    }

    /** The unread count badge of the navigation, loaded by htmx when a page opens and every minute. */
    @GetMapping("/notifications/unread")
    String unread(Model model) {
        model.addAttribute("unread", notifications.unreadCount());
        return "workflow/unread-badge :: badge";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable UUID id, @RequestParam(required = false) String link) {
        notifications.markRead(id);
        return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
    }

    @PostMapping("/notifications/read")
    String readAll(RedirectAttributes redirect) {
        return errors.run("/notifications", redirect, notifications::markAllRead);
    }

    @GetMapping("/delegations")
    String delegations(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("delegations", delegations.mine());
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute(
                    "candidates",
                    people.search(new PersonQuery(q, null, false), 0, 20).people());
        }
        return "workflow/delegations";
    }

    @PostMapping("/delegations")
    String delegate(
            @RequestParam(required = false) UUID delegateId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return errors.run(
                "/delegations",
                redirect,
                () -> delegations.delegate(new DelegationDraft(delegateId, startsOn, endsOn, reason)));
    }

    @PostMapping("/delegations/{id}/revoke")
    String revoke(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return errors.run("/delegations", redirect, () -> delegations.revoke(id, version));
    }
}
