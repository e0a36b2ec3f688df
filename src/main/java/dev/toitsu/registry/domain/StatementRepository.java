package dev.toitsu.registry.domain;

import dev.toitsu.registry.RequirementStatus;
import dev.toitsu.shared.ConflictException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The statuses of a system's applicable clauses, and the edition an organization assesses against. */
@Repository
public class StatementRepository {

    public record Entry(RequirementStatus status, String reason, Instant updatedAt, String updatedBy, long version) {}

    private final JdbcClient jdbc;

    StatementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Entry> entries(UUID systemId, String edition) {
        Map<String, Entry> entries = new HashMap<>();
        jdbc.sql("""
                        select node_id, status, reason, updated_at, updated_by, version from system_requirement_status
                        where system_id = :s and edition_code = :e""").param("s", systemId).param("e", edition).query(rs -> {
            entries.put(
                    rs.getString(1),
                    new Entry(
                            RequirementStatus.valueOf(rs.getString(2)),
                            rs.getString(3),
                            rs.getTimestamp(4).toInstant(),
                            rs.getString(5),
                            rs.getLong(6)));
        });
        return entries;
    }

    /** Sets a status; {@code version} is the one read (-1: there was no entry yet). Stale → conflict. */
    public void set(
            UUID systemId,
            String edition,
            String nodeId,
            long version,
            RequirementStatus status,
            String reason,
            String by) {
        int rows;
        if (version < 0) {
            rows = jdbc.sql("""
                            insert into system_requirement_status (system_id, edition_code, node_id, status, reason,
                                updated_by) values (:s, :e, :n, :status, :reason, :by) on conflict do nothing""")
                    .param("s", systemId)
                    .param("e", edition)
                    .param("n", nodeId)
                    .param("status", status.name())
                    .param("reason", reason)
                    .param("by", by)
                    .update();
        } else {
            rows = jdbc.sql("""
                            update system_requirement_status set status = :status, reason = :reason, updated_by = :by,
                                updated_at = now(), version = version + 1
                            where system_id = :s and edition_code = :e and node_id = :n and version = :version""")
                    .param("s", systemId)
                    .param("e", edition)
                    .param("n", nodeId)
                    .param("status", status.name())
                    .param("reason", reason)
                    .param("by", by)
                    .param("version", version)
                    .update();
        }
        if (rows == 0) {
            throw new ConflictException("error.conflict");
        }
    }

    public Optional<String> edition(UUID org) {
        return jdbc.sql("select catalog_edition from registry_setting where organization_id = :org")
                .param("org", org)
                .query(String.class)
                .optional();
    }

    public void chooseEdition(UUID org, String edition) {
        jdbc.sql("""
                        insert into registry_setting (organization_id, catalog_edition) values (:org, :e)
                        on conflict (organization_id) do update set catalog_edition = excluded.catalog_edition,
                            version = registry_setting.version + 1""").param("org", org).param("e", edition).update();
    }
}
