package dev.toitsu.catalog.domain;

import dev.toitsu.catalog.CrosswalkLink;
import dev.toitsu.catalog.CrosswalkType;
import dev.toitsu.catalog.EditionSummary;
import dev.toitsu.catalog.NodeKind;
import dev.toitsu.catalog.Tier;
import dev.toitsu.catalog.UnplacedLine;
import dev.toitsu.catalog.UnplacedReason;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Catalog tables. Imports are set-based: one batch per table, never a statement per row that waits for the one
 * before. Nothing here updates or deletes: published editions are immutable (triggers in V5_1 refuse it anyway).
 */
@Repository
public class CatalogStore {

    private static final int BATCH = 500;

    private static final String EDITION_COLUMNS = """
            e.code, e.title, e.framework_code, f.title AS framework_title, e.publisher, e.published_on,
            e.effective_on, e.source_attribution, e.source_file, e.document_style, e.outline_only, e.shipped,
            e.node_count, e.unplaced_count, e.imported_at, e.imported_by
            FROM catalog_edition e JOIN catalog_framework f ON f.code = e.framework_code
            """;

    private static final String NODE_COLUMNS =
            "n.node_id, n.parent_node_id, n.kind, n.title, n.text, n.line, n.tier, n.roles, n.sort_order, n.depth,"
                    + " n.outline_only, n.note";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CatalogStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public record Framework(String code, String title, String publisher) {}

    public List<Framework> frameworks() {
        return jdbc.sql("SELECT code, title, publisher FROM catalog_framework ORDER BY sort_order, code")
                .query(Framework.class)
                .list();
    }

    public boolean frameworkExists(String code) {
        return jdbc.sql("SELECT count(*) FROM catalog_framework WHERE code = :code")
                        .param("code", code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT count(*) FROM catalog_edition WHERE code = :code")
                        .param("code", code)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public List<String> editionCodes() {
        return jdbc.sql("SELECT code FROM catalog_edition ORDER BY code")
                .query(String.class)
                .list();
    }

    /** Writes the edition, its nodes and unplaced lines; the caller's transaction makes it all-or-nothing. */
    public UUID insert(EditionDraft draft, String importedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO catalog_edition (id, framework_code, code, title, publisher, published_on,
                            effective_on, source_attribution, source_file, source_sha256, document_style,
                            outline_only, shipped, node_count, unplaced_count, sort_order, imported_by)
                        VALUES (:id, :framework, :code, :title, :publisher, :published, :effective, :attribution,
                            :file, :sha, :style, :outline, :shipped, :nodes, :unplaced, :sort, :by)
                        """)
                .param("id", id)
                .param("framework", draft.frameworkCode())
                .param("code", draft.code())
                .param("title", draft.title())
                .param("publisher", draft.publisher())
                .param("published", draft.publishedOn(), Types.DATE)
                .param("effective", draft.effectiveOn(), Types.DATE)
                .param("attribution", draft.sourceAttribution())
                .param("file", draft.sourceFile())
                .param("sha", draft.sourceSha256())
                .param("style", draft.documentStyle())
                .param("outline", draft.outlineOnly())
                .param("shipped", draft.shipped())
                .param("nodes", draft.nodes().size())
                .param("unplaced", draft.unplaced().size())
                .param("sort", draft.sortOrder())
                .param("by", importedBy)
                .update();
        template.batchUpdate("""
                INSERT INTO catalog_node (edition_id, node_id, parent_node_id, kind, title, text, line, tier, roles,
                    sort_order, depth, outline_only, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, draft.nodes(), BATCH, (PreparedStatement ps, NodeRow row) -> {
            ps.setObject(1, id);
            ps.setString(2, row.nodeId());
            ps.setString(3, row.parentNodeId());
            ps.setString(4, row.kind().name());
            ps.setString(5, row.title());
            ps.setString(6, row.text());
            ps.setInt(7, row.line());
            ps.setString(8, row.tier() == null ? null : row.tier().name());
            ps.setArray(9, ps.getConnection().createArrayOf("text", row.roles().toArray()));
            ps.setInt(10, row.sortOrder());
            ps.setInt(11, row.depth());
            ps.setBoolean(12, row.outlineOnly());
            ps.setString(13, row.note());
        });
        template.batchUpdate(
                "INSERT INTO catalog_unplaced_line (edition_id, line, text, reason) VALUES (?, ?, ?, ?)",
                draft.unplaced(),
                BATCH,
                (PreparedStatement ps, UnplacedLine line) -> {
                    ps.setObject(1, id);
                    ps.setInt(2, line.line());
                    ps.setString(3, line.text());
                    ps.setString(4, line.reason().name());
                });
        return id;
    }

    public void insertCrosswalk(List<CrosswalkDraft> links) {
        template.batchUpdate("""
                INSERT INTO catalog_crosswalk (from_edition_id, from_node_id, to_edition_id, to_node_id, type, note,
                    source)
                VALUES ((SELECT id FROM catalog_edition WHERE code = ?), ?, (SELECT id FROM catalog_edition
                    WHERE code = ?), ?, ?, ?, ?)
                """, links, BATCH, (PreparedStatement ps, CrosswalkDraft link) -> {
            ps.setString(1, link.fromEdition());
            ps.setString(2, link.fromNodeId());
            ps.setString(3, link.toEdition());
            ps.setString(4, link.toNodeId());
            ps.setString(5, link.type().name());
            ps.setString(6, link.note());
            ps.setString(7, link.source());
        });
    }

    public List<EditionSummary> editions() {
        return jdbc.sql("SELECT " + EDITION_COLUMNS + " ORDER BY f.sort_order, e.sort_order, e.imported_at, e.code")
                .query(EDITION)
                .list();
    }

    public Optional<EditionSummary> edition(String code) {
        return jdbc.sql("SELECT " + EDITION_COLUMNS + " WHERE e.code = :code")
                .param("code", code)
                .query(EDITION)
                .optional();
    }

    /** All nodes of an edition in document order. */
    public List<NodeRow> nodes(String editionCode) {
        return jdbc.sql("SELECT " + NODE_COLUMNS + " FROM catalog_node n JOIN catalog_edition e ON e.id = n.edition_id"
                        + " WHERE e.code = :code ORDER BY n.sort_order")
                .param("code", editionCode)
                .query(NODE)
                .list();
    }

    public Optional<NodeRow> node(String editionCode, String nodeId) {
        return jdbc.sql("SELECT " + NODE_COLUMNS + " FROM catalog_node n JOIN catalog_edition e ON e.id = n.edition_id"
                        + " WHERE e.code = :code AND n.node_id = :node")
                .param("code", editionCode)
                .param("node", nodeId)
                .query(NODE)
                .optional();
    }

    /** The node and its ancestors, top first. */
    public List<NodeRow> lineage(String editionCode, String nodeId) {
        return jdbc.sql("""
                        WITH RECURSIVE up AS (
                            SELECT n.* FROM catalog_node n JOIN catalog_edition e ON e.id = n.edition_id
                            WHERE e.code = :code AND n.node_id = :node
                            UNION ALL
                            SELECT p.* FROM catalog_node p JOIN up ON p.edition_id = up.edition_id
                                AND p.node_id = up.parent_node_id)
                        SELECT %s FROM up n ORDER BY n.depth
                        """.formatted(NODE_COLUMNS))
                .param("code", editionCode)
                .param("node", nodeId)
                .query(NODE)
                .list();
    }

    public List<UnplacedLine> unplaced(String editionCode) {
        return jdbc.sql("SELECT u.line, u.text, u.reason FROM catalog_unplaced_line u"
                        + " JOIN catalog_edition e ON e.id = u.edition_id WHERE e.code = :code ORDER BY u.line")
                .param("code", editionCode)
                .query((rs, i) ->
                        new UnplacedLine(rs.getInt(1), rs.getString(2), UnplacedReason.valueOf(rs.getString(3))))
                .list();
    }

    private static final String CROSSWALK_SELECT = """
            SELECT fe.code AS from_edition, c.from_node_id, coalesce(fn.title, fn.text) AS from_label,
                   te.code AS to_edition, c.to_node_id, coalesce(tn.title, tn.text) AS to_label,
                   c.type, c.note, c.source
            FROM catalog_crosswalk c
            JOIN catalog_edition fe ON fe.id = c.from_edition_id
            JOIN catalog_edition te ON te.id = c.to_edition_id
            LEFT JOIN catalog_node fn ON fn.edition_id = c.from_edition_id AND fn.node_id = c.from_node_id
            LEFT JOIN catalog_node tn ON tn.edition_id = c.to_edition_id AND tn.node_id = c.to_node_id
            """;

    /** Links that start or end at the node, in either direction. */
    public List<CrosswalkLink> crosswalkOf(String editionCode, String nodeId) {
        return jdbc.sql(CROSSWALK_SELECT
                        + " WHERE (fe.code = :code AND c.from_node_id = :node) OR (te.code = :code AND c.to_node_id"
                        + " = :node) ORDER BY c.id")
                .param("code", editionCode)
                .param("node", nodeId)
                .query(CROSSWALK)
                .list();
    }

    /** Links stored from one edition to the other (not the reverse). */
    public List<CrosswalkLink> crosswalk(String fromEdition, String toEdition) {
        return jdbc.sql(CROSSWALK_SELECT + " WHERE fe.code = :from AND te.code = :to ORDER BY c.id")
                .param("from", fromEdition)
                .param("to", toEdition)
                .query(CROSSWALK)
                .list();
    }

    public int crosswalkCount() {
        return jdbc.sql("SELECT count(*) FROM catalog_crosswalk")
                .query(Integer.class)
                .single();
    }

    private static final RowMapper<EditionSummary> EDITION = (rs, i) -> new EditionSummary(
            rs.getString("code"),
            rs.getString("title"),
            rs.getString("framework_code"),
            rs.getString("framework_title"),
            rs.getString("publisher"),
            localDate(rs.getDate("published_on")),
            localDate(rs.getDate("effective_on")),
            rs.getString("source_attribution"),
            rs.getString("source_file"),
            rs.getString("document_style"),
            rs.getBoolean("outline_only"),
            rs.getBoolean("shipped"),
            rs.getInt("node_count"),
            rs.getInt("unplaced_count"),
            rs.getObject("imported_at", OffsetDateTime.class).toInstant(),
            rs.getString("imported_by"));

    private static final RowMapper<NodeRow> NODE = (rs, i) -> new NodeRow(
            rs.getString("node_id"),
            rs.getString("parent_node_id"),
            NodeKind.valueOf(rs.getString("kind")),
            rs.getString("title"),
            rs.getString("text"),
            rs.getInt("line"),
            rs.getString("tier") == null ? null : Tier.valueOf(rs.getString("tier")),
            roles(rs),
            rs.getInt("sort_order"),
            rs.getInt("depth"),
            rs.getBoolean("outline_only"),
            rs.getString("note"));

    private static final RowMapper<CrosswalkLink> CROSSWALK = (rs, i) -> new CrosswalkLink(
            rs.getString("from_edition"),
            rs.getString("from_node_id"),
            rs.getString("from_label"),
            rs.getString("to_edition"),
            rs.getString("to_node_id"),
            rs.getString("to_label"),
            CrosswalkType.valueOf(rs.getString("type")),
            rs.getString("note"),
            rs.getString("source"));

    private static List<String> roles(ResultSet rs) throws SQLException {
        Array array = rs.getArray("roles");
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static java.time.LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
