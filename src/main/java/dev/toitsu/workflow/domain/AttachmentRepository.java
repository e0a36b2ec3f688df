package dev.toitsu.workflow.domain;

import dev.toitsu.workflow.Attachment;
import dev.toitsu.workflow.AttachmentContent;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AttachmentRepository {

    private static final String META =
            "select id, request_id, file_name, content_type, size_bytes, sha256, scan_result,"
                    + " uploaded_by_name, uploaded_at from request_attachment";

    private final JdbcClient jdbc;

    AttachmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(
            UUID organizationId,
            UUID requestId,
            String fileName,
            String contentType,
            byte[] content,
            String sha256,
            Attachment.ScanResult scan,
            UUID uploadedBy,
            String uploadedByName) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into request_attachment (id, organization_id, request_id, file_name, content_type, size_bytes,
                            sha256, scan_result, content, uploaded_by, uploaded_by_name)
                        values (:id, :org, :request, :name, :type, :size, :sha, :scan, :content, :by, :byName)""")
                .param("id", id)
                .param("org", organizationId)
                .param("request", requestId)
                .param("name", fileName)
                .param("type", contentType)
                .param("size", (long) content.length)
                .param("sha", sha256)
                .param("scan", scan.name())
                .param("content", content)
                .param("by", uploadedBy)
                .param("byName", uploadedByName)
                .update();
        return id;
    }

    public List<Attachment> of(UUID requestId) {
        return jdbc.sql(META + " where request_id = :id order by uploaded_at, id")
                .param("id", requestId)
                .query((rs, n) -> new Attachment(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        Attachment.ScanResult.valueOf(rs.getString(7)),
                        rs.getString(8),
                        RequestRepository.instant(rs, "uploaded_at")))
                .list();
    }

    public Optional<AttachmentContent> content(UUID requestId, UUID id) {
        return jdbc.sql("select file_name, content_type, content from request_attachment"
                        + " where request_id = :request and id = :id")
                .param("request", requestId)
                .param("id", id)
                .query((rs, n) -> new AttachmentContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }
}
