package dev.toitsu.directorysync.domain;

import dev.toitsu.directorysync.DirectoryEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The sync runs: the entries exactly as read (so apply applies what was previewed) and who did what when. */
@Repository
public class SyncRunRepository {

    private static final TypeReference<List<DirectoryEntry>> ENTRIES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SyncRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.json = JsonMapper.builder().build();
    }

    public record Stored(
            UUID id,
            UUID organizationId,
            String source,
            String fileName,
            List<DirectoryEntry> entries,
            String createdByName,
            Instant createdAt,
            String appliedByName,
            Instant appliedAt) {}

    public record Summary(
            UUID id,
            String source,
            String fileName,
            int entries,
            String createdByName,
            Instant createdAt,
            String appliedByName,
            Instant appliedAt,
            String summary) {}

    public void insert(
            UUID id,
            UUID organizationId,
            String source,
            String fileName,
            List<DirectoryEntry> entries,
            UUID createdBy,
            String createdByName,
            Instant at) {
        jdbc.sql("""
                        insert into directory_sync_run (id, organization_id, source, file_name, entries, entry_count,
                            created_by, created_by_name, created_at)
                        values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?)""")
                .params(
                        id,
                        organizationId,
                        source,
                        fileName,
                        json.writeValueAsString(entries),
                        entries.size(),
                        createdBy,
                        createdByName,
                        java.sql.Timestamp.from(at))
                .update();
    }

    public Optional<Stored> find(UUID organizationId, UUID id) {
        return jdbc.sql("""
                        select id, organization_id, source, file_name, entries, created_by_name, created_at,
                            applied_by_name, applied_at
                        from directory_sync_run where organization_id = ? and id = ?""")
                .params(organizationId, id)
                .query((rs, row) -> new Stored(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organization_id", UUID.class),
                        rs.getString("source"),
                        rs.getString("file_name"),
                        json.readValue(rs.getString("entries"), ENTRIES),
                        rs.getString("created_by_name"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("applied_by_name"),
                        rs.getTimestamp("applied_at") == null
                                ? null
                                : rs.getTimestamp("applied_at").toInstant()))
                .optional();
    }

    /** Marks the run applied, once: false when it was applied meanwhile (two people pressing at once). */
    public boolean markApplied(UUID id, UUID by, String byName, Instant at, String summary) {
        return jdbc.sql("""
                        update directory_sync_run set applied_by = ?, applied_by_name = ?, applied_at = ?,
                            summary = ?
                        where id = ? and applied_at is null""")
                        .params(by, byName, java.sql.Timestamp.from(at), summary, id)
                        .update()
                == 1;
    }

    public List<Summary> latest(UUID organizationId, int limit) {
        return jdbc.sql("""
                        select id, source, file_name, entry_count, created_by_name, created_at, applied_by_name,
                            applied_at, summary
                        from directory_sync_run where organization_id = ? order by created_at desc limit ?""")
                .params(organizationId, limit)
                .query((rs, row) -> new Summary(
                        rs.getObject("id", UUID.class),
                        rs.getString("source"),
                        rs.getString("file_name"),
                        rs.getInt("entry_count"),
                        rs.getString("created_by_name"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("applied_by_name"),
                        rs.getTimestamp("applied_at") == null
                                ? null
                                : rs.getTimestamp("applied_at").toInstant(),
                        rs.getString("summary")))
                .list();
    }
}
