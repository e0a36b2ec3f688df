package dev.toitsu.audittrail;

import java.util.List;

/**
 * One page of a search, newest first. There is no total count: counting millions of rows per page view costs more
 * than it tells; the page knows only whether another follows.
 */
public record AuditEventPage(List<AuditEvent> events, int page, int size, boolean hasNext) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 500;

    public AuditEventPage {
        events = List.copyOf(events);
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
