package dev.toitsu.audittrail.web;

import dev.toitsu.audittrail.AuditQuery;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search filters as they arrive in a request (the page's form, the API's query string); an empty field is no
 * filter.
 */
public record AuditSearch(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        String action,
        String actor,
        String subject) {

    public boolean reversed() {
        return from != null && to != null && to.isBefore(from);
    }

    public AuditQuery query() {
        return new AuditQuery(from, to, action, actor, subject);
    }

    String url(String path, Integer page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        add(url, "from", from);
        add(url, "to", to);
        add(url, "action", action);
        add(url, "actor", actor);
        add(url, "subject", subject);
        add(url, "page", page);
        return url.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            url.queryParam(name, value);
        }
    }
}
