package dev.toitsu.workflow.domain;

import dev.toitsu.workflow.CheckItem;
import dev.toitsu.workflow.FieldDefinition;
import dev.toitsu.workflow.RequestType;
import dev.toitsu.workflow.RequestTypeDraft;
import dev.toitsu.workflow.RouteStep;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RequestTypeRepository {

    private static final String SELECT = """
            select id, organization_id, code, name, name_en, description, description_en, clause, separation_family,
                   fields::text, route::text, checks::text, has_period, end_report, post_hoc_allowed, decision_days,
                   active, version
            from request_type t""";

    /** The organization's own types, and the built-in ones it has not replaced. */
    private static final String VISIBLE = SELECT + " " + """
             where (t.organization_id = :org or (t.organization_id is null and not exists (
                   select 1 from request_type o where o.organization_id = :org and o.code = t.code)))""";

    private final JdbcClient jdbc;

    RequestTypeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RequestType> visible(UUID organizationId) {
        return jdbc.sql(VISIBLE + " order by t.sort_order, t.code")
                .param("org", organizationId)
                .query(RequestTypeRepository::map)
                .list();
    }

    public Optional<RequestType> byCode(UUID organizationId, String code) {
        return jdbc.sql(VISIBLE + " and t.code = :code")
                .param("org", organizationId)
                .param("code", code)
                .query(RequestTypeRepository::map)
                .optional();
    }

    public Optional<RequestType> find(UUID id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(RequestTypeRepository::map)
                .optional();
    }

    public UUID insert(UUID organizationId, RequestTypeDraft d) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into request_type (id, organization_id, code, name, name_en, description, description_en,
                            clause, separation_family, fields, route, checks, has_period, end_report, post_hoc_allowed,
                            decision_days)
                        values (:id, :org, :code, :name, :nameEn, :description, :descriptionEn, :clause, :family,
                            cast(:fields as jsonb), cast(:route as jsonb), cast(:checks as jsonb), :hasPeriod,
                            :endReport, :postHoc, :days)""")
                .param("id", id)
                .param("org", organizationId)
                .param("code", d.code())
                .params(columns(d))
                .update();
        return id;
    }

    public void revise(UUID id, long version, RequestTypeDraft d) {
        int updated = jdbc.sql("""
                        update request_type set name = :name, name_en = :nameEn, description = :description,
                            description_en = :descriptionEn, clause = :clause, separation_family = :family,
                            fields = cast(:fields as jsonb), route = cast(:route as jsonb), checks = cast(:checks as jsonb),
                            has_period = :hasPeriod, end_report = :endReport, post_hoc_allowed = :postHoc,
                            decision_days = :days, version = version + 1
                        where id = :id and version = :version""")
                .param("id", id)
                .param("version", version)
                .params(columns(d))
                .update();
        Versions.requireUpdated(updated);
    }

    public void activate(UUID id, long version, boolean active) {
        Versions.requireUpdated(jdbc.sql(
                        "update request_type set active = :active, version = version + 1 where id = :id and version = :v")
                .param("active", active)
                .param("id", id)
                .param("v", version)
                .update());
    }

    private static java.util.Map<String, Object> columns(RequestTypeDraft d) {
        java.util.Map<String, Object> m = new java.util.HashMap<>();
        m.put("name", d.name());
        m.put("nameEn", d.nameEn());
        m.put("description", d.description());
        m.put("descriptionEn", d.descriptionEn());
        m.put("clause", d.clause());
        m.put("family", d.separationFamily());
        m.put("fields", Json.write(d.fields()));
        m.put("route", Json.write(d.route()));
        m.put("checks", Json.write(d.checks()));
        m.put("hasPeriod", d.hasPeriod());
        m.put("endReport", d.endReport());
        m.put("postHoc", d.postHocAllowed());
        m.put("days", d.decisionDays());
        return m;
    }

    static RequestType map(ResultSet rs, int row) throws SQLException {
        return new RequestType(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("name_en"),
                rs.getString("description"),
                rs.getString("description_en"),
                rs.getString("clause"),
                rs.getString("separation_family"),
                Json.readList(rs.getString("fields"), FieldDefinition.class),
                Json.readList(rs.getString("route"), RouteStep.class),
                Json.readList(rs.getString("checks"), CheckItem.class),
                rs.getBoolean("has_period"),
                rs.getBoolean("end_report"),
                rs.getBoolean("post_hoc_allowed"),
                rs.getInt("decision_days"),
                rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
