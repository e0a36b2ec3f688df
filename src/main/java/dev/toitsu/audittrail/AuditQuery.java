package dev.toitsu.audittrail;

import dev.toitsu.shared.DomainException;
import java.time.LocalDate;

/**
 * Filters for searching and exporting one organization's trail. Every filter is optional.
 *
 * @param from first day (Asia/Tokyo), inclusive
 * @param to last day (Asia/Tokyo), inclusive
 * @param action an action code or a prefix of one ({@code identity.} finds every identity event)
 * @param actor part of the actor's name, or an account id
 * @param subject a subject type ({@code unit}), a subject id, or both as {@code type:id}
 */
public record AuditQuery(LocalDate from, LocalDate to, String action, String actor, String subject) {

    public AuditQuery {
        action = blankToNull(action);
        actor = blankToNull(actor);
        subject = blankToNull(subject);
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("audittrail.query.periodReversed");
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
