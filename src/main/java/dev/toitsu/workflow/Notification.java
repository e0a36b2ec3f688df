package dev.toitsu.workflow;

import java.time.Instant;
import java.util.UUID;

/** An entry of a person's in-app inbox (the same text went out by e-mail where an address is known). */
public record Notification(
        UUID id, String kind, String title, String body, String link, Instant createdAt, Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
