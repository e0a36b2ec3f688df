package dev.toitsu.audittrail.domain;

import dev.toitsu.audittrail.AuditEvent;
import dev.toitsu.audittrail.AuditQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/**
 * A search over one chain (one organization, or the platform when {@code organizationId} is null) turned into a
 * WHERE clause with named parameters. Days are Asia/Tokyo days: {@code to} includes the whole of its day.
 */
record AuditFilter(UUID organizationId, AuditQuery query) {

    String where() {
        StringBuilder where =
                new StringBuilder(organizationId == null ? "organization_id IS NULL" : "organization_id = :org");
        if (query.from() != null) {
            where.append(" AND occurred_at >= :from");
        }
        if (query.to() != null) {
            where.append(" AND occurred_at < :to");
        }
        if (query.action() != null) {
            where.append(" AND action LIKE :action");
        }
        if (query.actor() != null) {
            where.append(
                    accountId(query.actor()) == null
                            ? " AND actor_name ILIKE :actor"
                            : " AND actor_account_id = :actorId");
        }
        if (query.subject() != null) {
            int colon = query.subject().indexOf(':');
            where.append(
                    colon > 0
                            ? " AND subject_type = :subjectType AND subject_id = :subjectId"
                            : " AND (subject_type = :subject OR subject_id = :subject)");
        }
        return where.toString();
    }

    StatementSpec bind(StatementSpec statement) {
        parameters().forEach(statement::param);
        return statement;
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (organizationId != null) {
            parameters.put("org", organizationId);
        }
        if (query.from() != null) {
            parameters.put("from", startOf(query.from()));
        }
        if (query.to() != null) {
            parameters.put("to", startOf(query.to().plusDays(1)));
        }
        if (query.action() != null) {
            parameters.put("action", likeEscape(query.action()) + "%");
        }
        if (query.actor() != null) {
            UUID accountId = accountId(query.actor());
            if (accountId == null) {
                parameters.put("actor", "%" + likeEscape(query.actor()) + "%");
            } else {
                parameters.put("actorId", accountId);
            }
        }
        if (query.subject() != null) {
            int colon = query.subject().indexOf(':');
            if (colon > 0) {
                parameters.put("subjectType", query.subject().substring(0, colon));
                parameters.put("subjectId", query.subject().substring(colon + 1));
            } else {
                parameters.put("subject", query.subject());
            }
        }
        return parameters;
    }

    static OffsetDateTime startOf(LocalDate day) {
        Instant start = day.atStartOfDay(AuditEvent.TOKYO).toInstant();
        return OffsetDateTime.ofInstant(start, ZoneOffset.UTC);
    }

    private static UUID accountId(String text) {
        try {
            return text.length() == 36 ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
