package dev.toitsu.registry.domain;

import dev.toitsu.registry.DocumentContent;
import dev.toitsu.registry.SystemDocument;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 情報システム関連文書 in PostgreSQL (docs/adr/0004): metadata, SHA-256 and content in one row. */
@Repository
public class DocumentRepository {

    private static final String COLUMNS =
            "id, title, kind, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by";

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SystemDocument> of(UUID systemId) {
        return jdbc.sql("select " + COLUMNS + " from system_document where system_id = :s and withdrawn_at is null"
                        + " order by uploaded_at desc")
                .param("s", systemId)
                .query((rs, n) -> document(rs))
                .list();
    }

    public UUID insert(UUID org, UUID systemId, SystemDocument d, byte[] content) {
        return jdbc.sql("""
                        insert into system_document (organization_id, system_id, title, kind, file_name, content_type,
                            size_bytes, sha256, content, uploaded_by)
                        values (:org, :s, :title, :kind, :file, :type, :size, :sha, :content, :by) returning id""")
                .param("org", org)
                .param("s", systemId)
                .param("title", d.title())
                .param("kind", d.kind())
                .param("file", d.fileName())
                .param("type", d.contentType())
                .param("size", d.sizeBytes())
                .param("sha", d.sha256())
                .param("content", content)
                .param("by", d.uploadedBy())
                .query(UUID.class)
                .single();
    }

    public Optional<DocumentContent> content(UUID org, UUID systemId, UUID id) {
        return jdbc.sql("select " + COLUMNS + ", content from system_document"
                        + " where organization_id = :org and system_id = :s and id = :id and withdrawn_at is null")
                .param("org", org)
                .param("s", systemId)
                .param("id", id)
                .query((rs, n) -> new DocumentContent(document(rs), rs.getBytes("content")))
                .optional();
    }

    public int withdraw(UUID org, UUID systemId, UUID id) {
        return jdbc.sql(
                        "update system_document set withdrawn_at = now() where organization_id = :org and system_id = :s"
                                + " and id = :id and withdrawn_at is null")
                .param("org", org)
                .param("s", systemId)
                .param("id", id)
                .update();
    }

    private static SystemDocument document(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SystemDocument(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("kind"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("uploaded_by"));
    }
}
