package dev.toitsu.workflow.domain;

import dev.toitsu.workflow.Decision;
import dev.toitsu.workflow.DecisionOutcome;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only decisions (the table refuses UPDATE and DELETE). */
@Repository
public class DecisionRepository {

    private static final String SELECT = """
            select id, request_id, step_index, step_label, outcome, decided_by, decided_by_name, decided_by_role,
                   decided_by_unit, decided_by_contact, on_behalf_of, on_behalf_of_name, escalated, reason, conditions,
                   confirmed_checks::text as confirmed_checks, snapshot::text as snapshot, snapshot_sha256, decided_at
            from request_decision""";

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID organizationId, Decision d) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into request_decision (id, organization_id, request_id, step_index, step_label, outcome,
                            decided_by, decided_by_name, decided_by_role, decided_by_unit, decided_by_contact,
                            on_behalf_of, on_behalf_of_name, escalated, reason, conditions, confirmed_checks, snapshot,
                            snapshot_sha256, decided_at)
                        values (:id, :org, :request, :step, :label, :outcome, :by, :byName, :byRole, :byUnit, :byContact,
                            :behalf, :behalfName, :escalated, :reason, :conditions, cast(:checks as jsonb),
                            cast(:snapshot as jsonb), :sha, :at)""")
                .param("id", id)
                .param("org", organizationId)
                .param("request", d.requestId())
                .param("step", d.stepIndex())
                .param("label", d.stepLabel())
                .param("outcome", d.outcome().name())
                .param("by", d.decidedById())
                .param("byName", d.decidedByName())
                .param("byRole", d.decidedByRole())
                .param("byUnit", d.decidedByUnit())
                .param("byContact", d.decidedByContact())
                .param("behalf", d.onBehalfOfId())
                .param("behalfName", d.onBehalfOfName())
                .param("escalated", d.escalated())
                .param("reason", d.reason())
                .param("conditions", d.conditions())
                .param("checks", Json.write(d.confirmedChecks()))
                .param("snapshot", Json.canonical(d.snapshot()))
                .param("sha", d.snapshotSha256())
                .param("at", java.sql.Timestamp.from(d.decidedAt()))
                .update();
        return id;
    }

    public List<Decision> of(UUID requestId) {
        return jdbc.sql(SELECT + " where request_id = :id order by decided_at, step_index")
                .param("id", requestId)
                .query(DecisionRepository::map)
                .list();
    }

    public Optional<Decision> find(UUID organizationId, UUID id) {
        return jdbc.sql(SELECT + " where organization_id = :org and id = :id")
                .param("org", organizationId)
                .param("id", id)
                .query(DecisionRepository::map)
                .optional();
    }

    public boolean decidedBy(UUID requestId, UUID personId) {
        return jdbc.sql("select exists (select 1 from request_decision where request_id = :r"
                        + " and (decided_by = :p or on_behalf_of = :p))")
                .param("r", requestId)
                .param("p", personId)
                .query(Boolean.class)
                .single();
    }

    static Decision map(ResultSet rs, int row) throws SQLException {
        Map<String, Object> snapshot = Json.readObject(rs.getString("snapshot"));
        return new Decision(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getInt("step_index"),
                rs.getString("step_label"),
                DecisionOutcome.valueOf(rs.getString("outcome")),
                rs.getObject("decided_by", UUID.class),
                rs.getString("decided_by_name"),
                rs.getString("decided_by_role"),
                rs.getString("decided_by_unit"),
                rs.getString("decided_by_contact"),
                rs.getObject("on_behalf_of", UUID.class),
                rs.getString("on_behalf_of_name"),
                rs.getBoolean("escalated"),
                rs.getString("reason"),
                rs.getString("conditions"),
                Json.readList(rs.getString("confirmed_checks"), String.class),
                snapshot,
                rs.getString("snapshot_sha256"),
                RequestRepository.instant(rs, "decided_at"));
    }
}
