package dev.toitsu.workflow.domain;

import dev.toitsu.workflow.Comment;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CommentRepository {

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID organizationId, UUID requestId, UUID authorId, String authorName, String body) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into request_comment (id, organization_id, request_id, author_id, author_name, body)
                        values (:id, :org, :request, :author, :name, :body)""")
                .param("id", id)
                .param("org", organizationId)
                .param("request", requestId)
                .param("author", authorId)
                .param("name", authorName)
                .param("body", body)
                .update();
        return id;
    }

    public List<Comment> of(UUID requestId) {
        return jdbc.sql("select id, author_id, author_name, body, created_at from request_comment"
                        + " where request_id = :id order by created_at, id")
                .param("id", requestId)
                .query((rs, n) -> new Comment(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        RequestRepository.instant(rs, "created_at")))
                .list();
    }
}
