package dev.toitsu.standard.domain;

import dev.toitsu.catalog.ClauseNode;
import dev.toitsu.catalog.NodeKind;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.standard.ClauseMapping;
import dev.toitsu.standard.Coverage;
import dev.toitsu.standard.Decision;
import dev.toitsu.standard.MappingStatus;
import dev.toitsu.standard.StandardClause;
import dev.toitsu.standard.StandardVersion;
import dev.toitsu.standard.VersionStatus;
import dev.toitsu.standard.WeakeningFlag;
import dev.toitsu.standard.WeakeningKind;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of the 対策基準: documents, versions, clauses, mappings and the mapper's last results. Set-based writes. */
@Repository
public class StandardStore {

    private static final String VERSION_SELECT = """
            select v.*, d.code as document_code, d.title as document_title
              from standard_version v join standard_document d on d.id = v.document_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    StandardStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public List<StandardVersion> versions(UUID organizationId) {
        return jdbc.sql(VERSION_SELECT + " where d.organization_id = ? order by d.code, v.number desc")
                .param(organizationId)
                .query(StandardStore::version)
                .list();
    }

    /** The version if it belongs to the organization. */
    public Optional<StandardVersion> version(UUID organizationId, UUID versionId) {
        return jdbc.sql(VERSION_SELECT + " where d.organization_id = ? and v.id = ?")
                .params(organizationId, versionId)
                .query(StandardStore::version)
                .optional();
    }

    public Optional<UUID> documentId(UUID organizationId, String code) {
        return jdbc.sql("select id from standard_document where organization_id = ? and code = ?")
                .params(organizationId, code)
                .query(UUID.class)
                .optional();
    }

    public UUID insertDocument(UUID organizationId, String code, String title) {
        return jdbc.sql("insert into standard_document (organization_id, code, title) values (?, ?, ?) returning id")
                .params(organizationId, code, title)
                .query(UUID.class)
                .single();
    }

    public UUID insertVersion(
            UUID documentId,
            String attribution,
            String fileName,
            String sha256,
            String style,
            int clauseCount,
            int unplacedCount,
            String importedBy) {
        // the document row is locked so two imports do not take the same number
        jdbc.sql("select id from standard_document where id = ? for update")
                .param(documentId)
                .query(UUID.class)
                .single();
        return jdbc.sql("""
                        insert into standard_version (document_id, number, status, source_attribution, source_file,
                               source_sha256, document_style, clause_count, unplaced_count, imported_by)
                        values (?, (select coalesce(max(number), 0) + 1 from standard_version where document_id = ?),
                                'DRAFT', ?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(
                        documentId,
                        documentId,
                        attribution,
                        fileName,
                        sha256,
                        style,
                        clauseCount,
                        unplacedCount,
                        importedBy)
                .query(UUID.class)
                .single();
    }

    /** Stores the parsed tree, parents before children, in document order. */
    public int insertClauses(UUID versionId, List<ClauseNode> roots) {
        List<Object[]> rows = new ArrayList<>();
        collect(roots, null, 0, rows);
        rows.forEach(r -> r[0] = versionId);
        template.batchUpdate("""
                insert into standard_clause (version_id, locator, parent_locator, kind, title, text, line, roles, cells,
                       sort_order, depth)
                values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[], ?, ?)""", rows);
        return rows.size();
    }

    private static void collect(List<ClauseNode> nodes, String parent, int depth, List<Object[]> rows) {
        for (ClauseNode node : nodes) {
            rows.add(new Object[] {
                null,
                node.id(),
                parent,
                node.kind().name(),
                node.title(),
                node.text(),
                node.line(),
                arrayLiteral(node.roles()),
                arrayLiteral(node.cells()),
                rows.size(),
                depth
            });
            collect(node.children(), node.id(), depth + 1, rows);
        }
    }

    public List<StandardClause> clauses(UUID versionId) {
        return jdbc.sql("select * from standard_clause where version_id = ? order by sort_order")
                .param(versionId)
                .query((rs, n) -> new StandardClause(
                        rs.getString("locator"),
                        rs.getString("parent_locator"),
                        NodeKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("text"),
                        rs.getInt("line"),
                        strings(rs.getArray("roles")),
                        strings(rs.getArray("cells")),
                        rs.getInt("sort_order"),
                        rs.getInt("depth")))
                .list();
    }

    public boolean clauseExists(UUID versionId, String locator) {
        return jdbc.sql("select count(*) from standard_clause where version_id = ? and locator = ?")
                        .params(versionId, locator)
                        .query(Long.class)
                        .single()
                > 0;
    }

    // --- editing the clauses of a draft ------------------------------------------------------------------------

    /**
     * Claims a draft for an edit: bumps its version if nobody changed it since {@code expected} and it is still a
     * draft; otherwise {@code error.conflict}.
     */
    public void claimDraft(UUID versionId, long expected) {
        int updated = jdbc.sql("update standard_version set version = version + 1"
                        + " where id = ? and version = ? and status = 'DRAFT'")
                .params(versionId, expected)
                .update();
        if (updated == 0) {
            throw new ConflictException("error.conflict");
        }
    }

    public void recountClauses(UUID versionId) {
        jdbc.sql(
                        "update standard_version set clause_count = (select count(*) from standard_clause where version_id = ?)"
                                + " where id = ?")
                .params(versionId, versionId)
                .update();
    }

    public void reviseClause(UUID versionId, String locator, String title, String text) {
        jdbc.sql("update standard_clause set title = ?, text = ? where version_id = ? and locator = ?")
                .params(title, text, versionId, locator)
                .update();
    }

    /** Inserts a clause at {@code sortOrder}, moving the clauses from there one place down. */
    public void insertClause(
            UUID versionId,
            String locator,
            String parentLocator,
            NodeKind kind,
            String title,
            String text,
            int sortOrder,
            int depth) {
        shift(versionId, sortOrder, 1);
        jdbc.sql("""
                        insert into standard_clause (version_id, locator, parent_locator, kind, title, text, line,
                            sort_order, depth)
                        values (?, ?, ?, ?, ?, ?, 0, ?, ?)""")
                .params(versionId, locator, parentLocator, kind.name(), title, text, sortOrder, depth)
                .update();
    }

    /** Removes a clause without children, with what the mapper and reviewers recorded for it. */
    public void deleteClause(UUID versionId, String locator, int sortOrder) {
        for (String table : List.of("clause_assessment", "clause_mapping", "clause_weakening")) {
            jdbc.sql("delete from " + table + " where version_id = ? and locator = ?")
                    .params(versionId, locator)
                    .update();
        }
        jdbc.sql("delete from standard_clause where version_id = ? and locator = ?")
                .params(versionId, locator)
                .update();
        shift(versionId, sortOrder + 1, -1);
    }

    /** Gives a clause a new number; its children, mappings and assessments follow it. */
    public void renumberClause(UUID versionId, String from, String to) {
        jdbc.sql("update standard_clause set sort_order = -1 - sort_order where version_id = ? and locator = ?")
                .params(versionId, from)
                .update();
        jdbc.sql("""
                        insert into standard_clause (version_id, locator, parent_locator, kind, title, text, line, roles,
                            cells, sort_order, depth)
                        select version_id, ?, parent_locator, kind, title, text, line, roles, cells, -1 - sort_order,
                            depth
                        from standard_clause where version_id = ? and locator = ?""").params(to, versionId, from).update();
        jdbc.sql("update standard_clause set parent_locator = ? where version_id = ? and parent_locator = ?")
                .params(to, versionId, from)
                .update();
        for (String table : List.of("clause_assessment", "clause_mapping", "clause_weakening")) {
            jdbc.sql("update " + table + " set locator = ? where version_id = ? and locator = ?")
                    .params(to, versionId, from)
                    .update();
        }
        jdbc.sql("delete from standard_clause where version_id = ? and locator = ?")
                .params(versionId, from)
                .update();
    }

    /** Moves every clause from {@code sortOrder} on by {@code by}, through negative numbers (the order is unique). */
    private void shift(UUID versionId, int sortOrder, int by) {
        jdbc.sql(
                        "update standard_clause set sort_order = -1 - (sort_order + ?) where version_id = ? and sort_order >= ?")
                .params(by, versionId, sortOrder)
                .update();
        jdbc.sql("update standard_clause set sort_order = -1 - sort_order where version_id = ? and sort_order < 0")
                .param(versionId)
                .update();
    }

    /** Moves a version on, if nobody changed it since {@code expected}. */
    public void transition(UUID versionId, long expected, VersionStatus to, String setClause, Object... args) {
        List<Object> params = new ArrayList<>();
        params.add(to.name());
        params.addAll(Arrays.asList(args));
        params.add(versionId);
        params.add(expected);
        int updated = jdbc.sql("update standard_version set status = ?, version = version + 1"
                        + (setClause.isEmpty() ? "" : ", " + setClause)
                        + " where id = ? and version = ?")
                .params(params)
                .update();
        if (updated == 0) {
            throw new ConflictException("error.conflict");
        }
    }

    /** Supersedes the version in force of the document, if any; answers its id. */
    public Optional<UUID> supersedeInForce(UUID documentId, Instant at) {
        return jdbc.sql("update standard_version set status = 'SUPERSEDED', superseded_at = ?, version = version + 1"
                        + " where document_id = ? and status = 'IN_FORCE' returning id")
                .params(Timestamp.from(at), documentId)
                .query(UUID.class)
                .optional();
    }

    // --- suggestions -------------------------------------------------------------------------------------------

    /** Replaces the mapper's output for the version and edition; decided mappings stay as people left them. */
    public void replaceSuggestions(
            UUID versionId,
            String edition,
            List<Object[]> assessments,
            List<Object[]> candidates,
            List<Object[]> flags,
            List<Object[]> coverage,
            String ranBy,
            int mapped,
            int unmapped) {
        jdbc.sql("delete from clause_mapping where version_id = ? and edition_code = ? and status = 'SUGGESTED'")
                .params(versionId, edition)
                .update();
        for (String table :
                List.of("clause_assessment", "clause_weakening", "requirement_coverage", "suggestion_run")) {
            jdbc.sql("delete from " + table + " where version_id = ? and edition_code = ?")
                    .params(versionId, edition)
                    .update();
        }
        template.batchUpdate(
                "insert into clause_assessment (version_id, edition_code, locator, decision) values (?, ?, ?, ?)",
                assessments);
        template.batchUpdate("""
                insert into clause_mapping (version_id, edition_code, locator, requirement_id, status, score, rank)
                values (?, ?, ?, ?, 'SUGGESTED', ?, ?)
                on conflict (version_id, edition_code, locator, requirement_id)
                do update set score = excluded.score, rank = excluded.rank""", candidates);
        template.batchUpdate(
                "insert into clause_weakening (version_id, edition_code, locator, requirement_id, kind, explanation)"
                        + " values (?, ?, ?, ?, ?, ?)",
                flags);
        template.batchUpdate(
                "insert into requirement_coverage (version_id, edition_code, requirement_id, coverage, clauses, sort_order)"
                        + " values (?, ?, ?, ?, ?::text[], ?)",
                coverage);
        jdbc.sql(
                        "insert into suggestion_run (version_id, edition_code, ran_by, mapped, unmapped) values (?, ?, ?, ?, ?)")
                .params(versionId, edition, ranBy, mapped, unmapped)
                .update();
    }

    /** A version (not superseded) of any organization and an edition it was mapped onto. */
    public record MappedVersion(UUID organizationId, UUID versionId, String editionCode) {}

    /** Every version not superseded, in every organization, with each edition it has suggestions for. */
    public List<MappedVersion> mappedVersions() {
        return jdbc.sql("""
                        select d.organization_id, v.id, s.edition_code
                          from suggestion_run s
                          join standard_version v on v.id = s.version_id
                          join standard_document d on d.id = v.document_id
                         where v.status <> 'SUPERSEDED'
                         order by d.organization_id, v.id, s.ran_at""")
                .query((rs, n) ->
                        new MappedVersion(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
                .list();
    }

    public List<String> suggestedEditions(UUID versionId) {
        return jdbc.sql("select edition_code from suggestion_run where version_id = ? order by ran_at")
                .param(versionId)
                .query(String.class)
                .list();
    }

    public java.util.Map<String, Decision> decisions(UUID versionId, String edition) {
        java.util.Map<String, Decision> result = new java.util.HashMap<>();
        jdbc.sql("select locator, decision from clause_assessment where version_id = ? and edition_code = ?")
                .params(versionId, edition)
                .query(rs -> {
                    result.put(rs.getString(1), Decision.valueOf(rs.getString(2)));
                });
        return result;
    }

    public List<ClauseMapping> mappings(UUID versionId, String edition) {
        return jdbc.sql("select * from clause_mapping where version_id = ? and edition_code = ?"
                        + " order by locator, rank nulls last, requirement_id")
                .params(versionId, edition)
                .query(StandardStore::mapping)
                .list();
    }

    public Optional<ClauseMapping> mapping(UUID versionId, UUID mappingId) {
        return jdbc.sql("select * from clause_mapping where version_id = ? and id = ?")
                .params(versionId, mappingId)
                .query(StandardStore::mapping)
                .optional();
    }

    /** The version the mapping belongs to. */
    public Optional<UUID> versionOfMapping(UUID mappingId) {
        return jdbc.sql("select version_id from clause_mapping where id = ?")
                .param(mappingId)
                .query(UUID.class)
                .optional();
    }

    public void decide(UUID mappingId, long expected, MappingStatus status, String note, String by, Instant at) {
        int updated = jdbc.sql("update clause_mapping set status = ?, note = ?, decided_by = ?, decided_at = ?,"
                        + " version = version + 1 where id = ? and version = ?")
                .params(status.name(), note, by, Timestamp.from(at), mappingId, expected)
                .update();
        if (updated == 0) {
            throw new ConflictException("error.conflict");
        }
    }

    public Optional<UUID> insertManual(
            UUID versionId, String edition, String locator, String requirementId, String note, String by, Instant at) {
        return jdbc.sql("""
                        insert into clause_mapping (version_id, edition_code, locator, requirement_id, status, note,
                               decided_by, decided_at)
                        values (?, ?, ?, ?, 'MANUAL', ?, ?, ?)
                        on conflict do nothing returning id""")
                .params(versionId, edition, locator, requirementId, note, by, Timestamp.from(at))
                .query(UUID.class)
                .optional();
    }

    public List<WeakeningFlagRow> flags(UUID versionId, String edition) {
        return jdbc.sql("select locator, requirement_id, kind, explanation from clause_weakening"
                        + " where version_id = ? and edition_code = ?")
                .params(versionId, edition)
                .query((rs, n) -> new WeakeningFlagRow(
                        rs.getString(1),
                        new WeakeningFlag(WeakeningKind.valueOf(rs.getString(3)), rs.getString(2), rs.getString(4))))
                .list();
    }

    public record WeakeningFlagRow(String locator, WeakeningFlag flag) {}

    public record CoverageRow(String requirementId, Coverage coverage, List<String> clauses) {}

    public List<CoverageRow> coverage(UUID versionId, String edition) {
        return jdbc.sql("select requirement_id, coverage, clauses from requirement_coverage"
                        + " where version_id = ? and edition_code = ? order by sort_order")
                .params(versionId, edition)
                .query((rs, n) ->
                        new CoverageRow(rs.getString(1), Coverage.valueOf(rs.getString(2)), strings(rs.getArray(3))))
                .list();
    }

    // --- mapping of rows ---------------------------------------------------------------------------------------

    private static StandardVersion version(ResultSet rs, int n) throws SQLException {
        return new StandardVersion(
                rs.getObject("id", UUID.class),
                rs.getObject("document_id", UUID.class),
                rs.getString("document_code"),
                rs.getString("document_title"),
                rs.getInt("number"),
                VersionStatus.valueOf(rs.getString("status")),
                rs.getString("source_attribution"),
                rs.getString("source_file"),
                rs.getString("document_style"),
                rs.getInt("clause_count"),
                rs.getInt("unplaced_count"),
                instant(rs, "imported_at"),
                rs.getString("imported_by"),
                rs.getObject("submitted_by", UUID.class),
                rs.getString("submitted_by_name"),
                instant(rs, "submitted_at"),
                rs.getString("approved_by_name"),
                instant(rs, "approved_at"),
                instant(rs, "in_force_at"),
                instant(rs, "superseded_at"),
                rs.getLong("version"));
    }

    private static ClauseMapping mapping(ResultSet rs, int n) throws SQLException {
        double score = rs.getDouble("score");
        Double boxed = rs.wasNull() ? null : score;
        int rank = rs.getInt("rank");
        Integer boxedRank = rs.wasNull() ? null : rank;
        return new ClauseMapping(
                rs.getObject("id", UUID.class),
                rs.getString("locator"),
                rs.getString("edition_code"),
                rs.getString("requirement_id"),
                MappingStatus.valueOf(rs.getString("status")),
                boxed,
                boxedRank,
                rs.getString("note"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** A PostgreSQL array literal, so a batch can bind it as text ({@code ?::text[]}). */
    public static String arrayLiteral(List<String> values) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return b.append('}').toString();
    }
}
