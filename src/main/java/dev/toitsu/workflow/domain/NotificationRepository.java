package dev.toitsu.workflow.domain;

import dev.toitsu.workflow.Notification;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NotificationRepository {

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(
            UUID organizationId,
            UUID recipientId,
            String kind,
            String subjectType,
            UUID subjectId,
            String title,
            String body,
            String link) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into notification (id, organization_id, recipient_id, kind, subject_type, subject_id, title,
                            body, link) values (:id, :org, :to, :kind, :type, :subject, :title, :body, :link)""")
                .param("id", id)
                .param("org", organizationId)
                .param("to", recipientId)
                .param("kind", kind)
                .param("type", subjectType)
                .param("subject", subjectId)
                .param("title", title)
                .param("body", body)
                .param("link", link)
                .update();
        return id;
    }

    public List<Notification> of(UUID recipientId, int limit) {
        return jdbc.sql("select id, kind, title, body, link, created_at, read_at from notification"
                        + " where recipient_id = :p order by created_at desc, id limit :limit")
                .param("p", recipientId)
                .param("limit", limit)
                .query((rs, n) -> new Notification(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        RequestRepository.instant(rs, "created_at"),
                        RequestRepository.instant(rs, "read_at")))
                .list();
    }

    public long unread(UUID recipientId) {
        return jdbc.sql("select count(*) from notification where recipient_id = :p and read_at is null")
                .param("p", recipientId)
                .query(Long.class)
                .single();
    }

    public int markRead(UUID recipientId, UUID id) {
        return jdbc.sql(
                        "update notification set read_at = now() where recipient_id = :p and id = :id and read_at is null")
                .param("p", recipientId)
                .param("id", id)
                .update();
    }

    public int markAllRead(UUID recipientId) {
        return jdbc.sql("update notification set read_at = now() where recipient_id = :p and read_at is null")
                .param("p", recipientId)
                .update();
    }

    public void mailed(UUID id) {
        jdbc.sql("update notification set mailed_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    /** Records that a reminder went out; false when it already had (another instance, or an earlier run). */
    public boolean firstReminder(UUID requestId, String kind, String occasion) {
        return jdbc.sql("insert into request_reminder (request_id, kind, occasion) values (:r, :k, :o)"
                                + " on conflict do nothing")
                        .param("r", requestId)
                        .param("k", kind)
                        .param("o", occasion)
                        .update()
                == 1;
    }
}
