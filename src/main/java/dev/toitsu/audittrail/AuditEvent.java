package dev.toitsu.audittrail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

/** One recorded event, as stored. {@code before} and {@code after} are unmodifiable (nested values too). */
public record AuditEvent(
        long seq,
        UUID id,
        UUID organizationId,
        Instant occurredAt,
        UUID actorAccountId,
        String actorName,
        String action,
        String subjectType,
        String subjectId,
        String summary,
        Map<String, Object> before,
        Map<String, Object> after,
        String clientAddress,
        String prevHash,
        String hash) {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    public ZonedDateTime occurredAtInTokyo() {
        return occurredAt.atZone(TOKYO);
    }
}
