package dev.toitsu.violation.domain;

import dev.toitsu.violation.Violation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ViolationRepository {

    private static final String SELECT = "select * from violation_report";

    private final JdbcClient jdbc;

    ViolationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(
            UUID org,
            UUID reporter,
            String reporterName,
            UUID unit,
            String unitName,
            LocalDate occurredOn,
            String regulation,
            String clause,
            String description,
            int year) {
        UUID id = UUID.randomUUID();
        long n = jdbc.sql("select nextval('violation_number_seq')")
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into violation_report (id, organization_id, number, reporter_id, reporter_name, unit_id,
                            unit_name, occurred_on, regulation, clause, description, state)
                        values (:id, :org, :number, :reporter, :name, :unit, :unitName, :on, :regulation, :clause,
                            :description, 'REPORTED')""")
                .param("id", id)
                .param("org", org)
                .param("number", "VIOLATION-" + year + "-" + String.format("%06d", n))
                .param("reporter", reporter)
                .param("name", reporterName)
                .param("unit", unit)
                .param("unitName", unitName)
                .param("on", occurredOn)
                .param("regulation", regulation)
                .param("clause", clause)
                .param("description", description)
                .update();
        return id;
    }

    public Optional<Violation> find(UUID org, UUID id) {
        return jdbc.sql(SELECT + " where organization_id = :org and id = :id")
                .param("org", org)
                .param("id", id)
                .query(ViolationRepository::map)
                .optional();
    }

    public List<Violation> byReporter(UUID org, UUID reporter) {
        return jdbc.sql(SELECT
                        + " where organization_id = :org and reporter_id = :p order by created_at desc limit 500")
                .param("org", org)
                .param("p", reporter)
                .query(ViolationRepository::map)
                .list();
    }

    /** {@code units} null: every unit. */
    public List<Violation> inUnits(UUID org, Collection<UUID> units) {
        String where = units == null ? "" : " and unit_id in (:units)";
        var spec = jdbc.sql(SELECT + " where organization_id = :org" + where
                        + " order by state = 'ACKNOWLEDGED', created_at desc limit 500")
                .param("org", org);
        if (units != null) {
            spec = spec.param("units", units.isEmpty() ? List.of(new UUID(0, 0)) : units);
        }
        return spec.query(ViolationRepository::map).list();
    }

    public boolean recordMeasures(UUID id, long version, String measures, UUID by, String byName) {
        return jdbc.sql("""
                        update violation_report set state = 'MEASURES_RECORDED', measures = :measures, measures_by_id = :by,
                            measures_by_name = :name, measures_at = now(), version = version + 1
                        where id = :id and version = :version and state = 'REPORTED'""")
                        .param("measures", measures)
                        .param("by", by)
                        .param("name", byName)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public boolean acknowledge(UUID id, long version, String by) {
        return jdbc.sql("""
                        update violation_report set state = 'ACKNOWLEDGED', ciso_acknowledged_at = now(),
                            ciso_acknowledged_by = :by, version = version + 1
                        where id = :id and version = :version and state = 'MEASURES_RECORDED'""")
                        .param("by", by)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    static Violation map(ResultSet rs, int row) throws SQLException {
        return new Violation(
                rs.getObject("id", UUID.class),
                rs.getString("number"),
                rs.getObject("reporter_id", UUID.class),
                rs.getString("reporter_name"),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"),
                rs.getObject("occurred_on", LocalDate.class),
                rs.getString("regulation"),
                rs.getString("clause"),
                rs.getString("description"),
                Violation.State.valueOf(rs.getString("state")),
                rs.getString("measures"),
                rs.getString("measures_by_name"),
                instant(rs, "measures_at"),
                instant(rs, "ciso_acknowledged_at"),
                rs.getString("ciso_acknowledged_by"),
                instant(rs, "created_at"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
