package dev.toitsu.audittrail.domain;

import dev.toitsu.audittrail.AuditEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL over {@code audit_event}. Inserts only: the table refuses everything else. */
@Repository
public class AuditEventRepository {

    private static final String COLUMNS = "seq, id, organization_id, occurred_at, actor_account_id, actor_name, action,"
            + " subject_type, subject_id, summary, before::text AS before, after::text AS after, client_address,"
            + " prev_hash, hash";

    static final RowMapper<AuditEvent> EVENT = AuditEventRepository::map;

    private final JdbcClient jdbc;

    public AuditEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serializes appends to one chain until the transaction ends, and checks the isolation level: under REPEATABLE
     * READ the next statement would still see the chain as it was before the lock was granted, and fork it.
     */
    void lockChain(UUID organizationId) {
        String isolation = jdbc.sql("SELECT current_setting('transaction_isolation') FROM"
                        + " (SELECT pg_advisory_xact_lock(hashtext(:key))) AS locked")
                .param("key", "audit:" + (organizationId == null ? "platform" : organizationId))
                .query(String.class)
                .single();
        if (!"read committed".equals(isolation)) {
            throw new IllegalStateException("audit records need a READ COMMITTED transaction, not " + isolation);
        }
    }

    /** The hash at the head of a chain (read after {@link #lockChain}); empty for a new chain. */
    Optional<String> headHash(UUID organizationId) {
        String sql = organizationId == null
                ? "SELECT hash FROM audit_event WHERE organization_id IS NULL ORDER BY seq DESC LIMIT 1"
                : "SELECT hash FROM audit_event WHERE organization_id = :org ORDER BY seq DESC LIMIT 1";
        var statement = jdbc.sql(sql);
        if (organizationId != null) {
            statement = statement.param("org", organizationId);
        }
        return statement.query(String.class).optional();
    }

    void insert(ChainedContent content, String prevHash, String hash) {
        jdbc.sql("""
                        INSERT INTO audit_event (id, organization_id, occurred_at, actor_account_id, actor_name,
                            action, subject_type, subject_id, summary, before, after, client_address, prev_hash, hash)
                        VALUES (:id, :org, :occurredAt, :accountId, :actorName, :action, :subjectType, :subjectId,
                            :summary, CAST(:before AS jsonb), CAST(:after AS jsonb), :clientAddress, :prevHash, :hash)
                        """)
                .param("id", content.id())
                .param("org", content.organizationId())
                .param("occurredAt", OffsetDateTime.ofInstant(content.occurredAt(), ZoneOffset.UTC))
                .param("accountId", content.actorAccountId())
                .param("actorName", content.actorName())
                .param("action", content.action())
                .param("subjectType", content.subjectType())
                .param("subjectId", content.subjectId())
                .param("summary", content.summary())
                .param("before", CanonicalJson.write(content.before()))
                .param("after", CanonicalJson.write(content.after()))
                .param("clientAddress", content.clientAddress())
                .param("prevHash", prevHash)
                .param("hash", hash)
                .update();
    }

    /** Organizations that have a chain, without reading every row (a skip scan over the chain index). */
    List<UUID> chainedOrganizations() {
        List<UUID> organizations = new ArrayList<>();
        boolean platform = jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_event WHERE organization_id IS NULL)")
                .query(Boolean.class)
                .single();
        if (platform) {
            organizations.add(null);
        }
        organizations.addAll(jdbc.sql("""
                        WITH RECURSIVE chain(org) AS (
                            (SELECT organization_id FROM audit_event WHERE organization_id IS NOT NULL
                             ORDER BY organization_id LIMIT 1)
                            UNION ALL
                            SELECT (SELECT organization_id FROM audit_event WHERE organization_id > chain.org
                                    ORDER BY organization_id LIMIT 1)
                            FROM chain WHERE chain.org IS NOT NULL)
                        SELECT org FROM chain WHERE org IS NOT NULL
                        """).query(UUID.class).list());
        return organizations;
    }

    /** The next rows of a chain after {@code afterSeq}, in seq order. */
    List<AuditEvent> chainPage(UUID organizationId, long afterSeq, int limit) {
        String where = organizationId == null ? "organization_id IS NULL" : "organization_id = :org";
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE " + where
                        + " AND seq > :after ORDER BY seq LIMIT :limit")
                .param("after", afterSeq)
                .param("limit", limit);
        if (organizationId != null) {
            statement = statement.param("org", organizationId);
        }
        return statement.query(EVENT).list();
    }

    List<AuditEvent> search(AuditFilter filter, int offset, int limit) {
        var statement = jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE " + filter.where()
                        + " ORDER BY occurred_at DESC, seq DESC OFFSET :offset LIMIT :limit")
                .param("offset", offset)
                .param("limit", limit);
        return filter.bind(statement).query(EVENT).list();
    }

    /** Streams matching rows to the sink, oldest first, a page at a time (keyset on seq). */
    long stream(AuditFilter filter, int pageSize, Consumer<AuditEvent> sink) {
        long after = 0;
        long count = 0;
        while (true) {
            var statement = jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE " + filter.where()
                            + " AND seq > :after ORDER BY seq LIMIT :limit")
                    .param("after", after)
                    .param("limit", pageSize);
            List<AuditEvent> page = filter.bind(statement).query(EVENT).list();
            page.forEach(sink);
            count += page.size();
            if (page.size() < pageSize) {
                return count;
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    private static AuditEvent map(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(
                rs.getLong("seq"),
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getObject("actor_account_id", UUID.class),
                rs.getString("actor_name"),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("summary"),
                CanonicalJson.parse(rs.getString("before")),
                CanonicalJson.parse(rs.getString("after")),
                rs.getString("client_address"),
                rs.getString("prev_hash"),
                rs.getString("hash"));
    }
}
