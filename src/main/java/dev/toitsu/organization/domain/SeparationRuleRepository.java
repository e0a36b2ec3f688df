package dev.toitsu.organization.domain;

import dev.toitsu.organization.SeparationRule;
import dev.toitsu.organization.SeparationRuleDraft;
import dev.toitsu.organization.SeparationRuleKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SeparationRuleRepository {

    private static final String SELECT =
            "select id, kind, first_code, second_code, reason, reason_en, clause, active, version from separation_rule";

    private final JdbcClient jdbc;

    SeparationRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SeparationRule> all(UUID organizationId) {
        return jdbc.sql(SELECT + " where organization_id = ? order by kind desc, first_code, second_code")
                .param(organizationId)
                .query(SeparationRuleRepository::map)
                .list();
    }

    public List<SeparationRule> active(UUID organizationId) {
        return jdbc.sql(SELECT + " where organization_id = ? and active")
                .param(organizationId)
                .query(SeparationRuleRepository::map)
                .list();
    }

    public Optional<SeparationRule> find(UUID organizationId, UUID id) {
        return jdbc.sql(SELECT + " where organization_id = ? and id = ?")
                .params(organizationId, id)
                .query(SeparationRuleRepository::map)
                .optional();
    }

    /** The same pair in either order. */
    public boolean exists(UUID organizationId, SeparationRuleKind kind, String first, String second) {
        return jdbc.sql("""
                        select count(*) > 0 from separation_rule where organization_id = ? and kind = ?
                        and ((first_code = ? and second_code = ?) or (first_code = ? and second_code = ?))""")
                .params(organizationId, kind.name(), first, second, second, first)
                .query(Boolean.class)
                .single();
    }

    public UUID insert(UUID organizationId, SeparationRuleDraft draft) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into separation_rule (id, organization_id, kind, first_code, second_code, reason,
                            reason_en, clause)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        organizationId,
                        draft.kind().name(),
                        draft.firstCode(),
                        draft.secondCode(),
                        draft.reason(),
                        draft.reasonEn(),
                        draft.clause())
                .update();
        return id;
    }

    public void activate(UUID id, long version, boolean active) {
        Versions.requireUpdated(
                jdbc.sql("update separation_rule set active = ?, version = version + 1 where id = ? and version = ?")
                        .params(active, id, version)
                        .update());
    }

    static SeparationRule map(ResultSet rs, int row) throws SQLException {
        return new SeparationRule(
                rs.getObject("id", UUID.class),
                SeparationRuleKind.valueOf(rs.getString("kind")),
                rs.getString("first_code"),
                rs.getString("second_code"),
                rs.getString("reason"),
                rs.getString("reason_en"),
                rs.getString("clause"),
                rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
