package dev.toitsu.exemption.domain;

import dev.toitsu.exemption.ClauseReference;
import dev.toitsu.exemption.ExemptionRecord;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ExemptionRepository {

    private static final String SELECT = "select * from exemption_record";

    private final JdbcClient jdbc;

    ExemptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID organizationId, UUID reviewerId, ExemptionRecord r) {
        Map<String, Object> p = new HashMap<>();
        p.put("request", r.requestId());
        p.put("org", organizationId);
        p.put("number", r.number());
        p.put("reviewerId", reviewerId);
        p.put("reviewerName", r.reviewerName());
        p.put("reviewerRole", r.reviewerRole());
        p.put("reviewerUnit", r.reviewerUnit());
        p.put("reviewerContact", r.reviewerContact());
        p.put("behalf", r.onBehalfOfName());
        p.put("applicant", r.applicantId());
        p.put("applicantName", r.applicantName());
        p.put("applicantUnit", r.applicantUnit());
        p.put("applicantContact", r.applicantContact());
        p.put("regulation", r.appliedClause().regulation());
        p.put("clause", r.appliedClause().clause());
        p.put("requirement", r.appliedClause().requirementId());
        p.put("systems", r.systemIds().toArray(UUID[]::new));
        p.put("from", r.periodFrom());
        p.put("to", r.periodTo());
        p.put("measures", r.measures());
        p.put("method", r.endReportMethod());
        p.put("reason", r.reason());
        p.put("postHoc", r.postHoc());
        p.put("postHocReason", r.postHocReason());
        p.put("granted", r.granted());
        p.put("decisionReason", r.decisionReason());
        p.put(
                "aRegulation",
                r.approvedClause() == null ? null : r.approvedClause().regulation());
        p.put("aClause", r.approvedClause() == null ? null : r.approvedClause().clause());
        p.put(
                "aRequirement",
                r.approvedClause() == null ? null : r.approvedClause().requirementId());
        p.put("aFrom", r.approvedFrom());
        p.put("aTo", r.approvedTo());
        p.put("aMeasures", r.approvedMeasures());
        p.put("aMethod", r.approvedEndReportMethod());
        p.put("conditions", r.conditions());
        p.put("endReport", r.endReportRequired());
        p.put("decidedAt", Timestamp.from(r.decidedAt()));
        p.put("sha", r.snapshotSha256());
        jdbc.sql("""
                        insert into exemption_record (request_id, organization_id, number, reviewer_id, reviewer_name,
                            reviewer_role, reviewer_unit, reviewer_contact, on_behalf_of_name, applicant_id, applicant_name,
                            applicant_unit, applicant_contact, regulation, clause, requirement_id, system_ids, period_from,
                            period_to, measures, end_report_method, reason, post_hoc, post_hoc_reason, granted,
                            decision_reason, approved_regulation, approved_clause, approved_requirement_id, approved_from,
                            approved_to, approved_measures, approved_end_report_method, conditions, end_report_required,
                            decided_at, snapshot_sha256)
                        values (:request, :org, :number, :reviewerId, :reviewerName, :reviewerRole, :reviewerUnit,
                            :reviewerContact, :behalf, :applicant, :applicantName, :applicantUnit, :applicantContact,
                            :regulation, :clause, :requirement, :systems, :from, :to, :measures, :method, :reason, :postHoc,
                            :postHocReason, :granted, :decisionReason, :aRegulation, :aClause, :aRequirement, :aFrom, :aTo,
                            :aMeasures, :aMethod, :conditions, :endReport, :decidedAt, :sha)""").params(p).update();
    }

    public Optional<ExemptionRecord> find(UUID organizationId, UUID requestId) {
        return jdbc.sql(SELECT + " where organization_id = :org and request_id = :id")
                .param("org", organizationId)
                .param("id", requestId)
                .query(ExemptionRepository::map)
                .optional();
    }

    public Optional<UUID> reviewerOf(UUID requestId) {
        return jdbc.sql("select reviewer_id from exemption_record where request_id = :id")
                .param("id", requestId)
                .query(UUID.class)
                .optional();
    }

    public boolean ended(UUID requestId, String reason, LocalDate on) {
        return jdbc.sql("""
                        update exemption_record set ended_on = :on, end_reason = :reason, version = version + 1
                        where request_id = :id and granted and (end_reason is null or end_reason <> 'REPORTED')""")
                        .param("on", on)
                        .param("reason", reason)
                        .param("id", requestId)
                        .update()
                == 1;
    }

    public boolean acknowledge(UUID organizationId, UUID requestId, long version, String by) {
        return jdbc.sql("""
                        update exemption_record set ciso_acknowledged_at = now(), ciso_acknowledged_by = :by,
                            version = version + 1
                        where organization_id = :org and request_id = :id and version = :version
                          and ciso_acknowledged_at is null""")
                        .param("by", by)
                        .param("org", organizationId)
                        .param("id", requestId)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** The ledger, newest first, filtered by granted/rejected, fiscal year of the decision and free text. */
    public List<ExemptionRecord> ledger(UUID organizationId, Boolean granted, Integer fiscalYear, String text) {
        StringBuilder where = new StringBuilder(" where organization_id = :org");
        Map<String, Object> p = new HashMap<>();
        p.put("org", organizationId);
        if (granted != null) {
            where.append(" and granted = :granted");
            p.put("granted", granted);
        }
        if (fiscalYear != null) {
            where.append(" and decided_at >= :fyStart and decided_at < :fyEnd");
            p.put("fyStart", java.sql.Date.valueOf(LocalDate.of(fiscalYear, 4, 1)));
            p.put("fyEnd", java.sql.Date.valueOf(LocalDate.of(fiscalYear + 1, 4, 1)));
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (number ilike :t or regulation ilike :t or clause ilike :t or applicant_name ilike :t"
                    + " or coalesce(requirement_id, '') ilike :t or measures ilike :t)");
            p.put("t", "%" + text.strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return jdbc.sql(SELECT + where + " order by decided_at desc limit 10000")
                .params(p)
                .query(ExemptionRepository::map)
                .list();
    }

    public List<ExemptionRecord> unacknowledged(UUID organizationId) {
        return jdbc.sql(SELECT + " where organization_id = :org order by ciso_acknowledged_at is not null,"
                        + " decided_at desc limit 500")
                .param("org", organizationId)
                .query(ExemptionRepository::map)
                .list();
    }

    /** Granted, not ended by report, and the day within the approved period. */
    public List<ExemptionRecord> activeOn(UUID organizationId, LocalDate on) {
        return jdbc.sql(SELECT + " where organization_id = :org and granted and end_reason is distinct from 'REPORTED'"
                        + " and approved_from <= :on and approved_to >= :on order by approved_to")
                .param("org", organizationId)
                .param("on", on)
                .query(ExemptionRepository::map)
                .list();
    }

    static ExemptionRecord map(ResultSet rs, int row) throws SQLException {
        Array systems = rs.getArray("system_ids");
        String aRegulation = rs.getString("approved_regulation");
        return new ExemptionRecord(
                rs.getObject("request_id", UUID.class),
                rs.getString("number"),
                rs.getString("reviewer_name"),
                rs.getString("reviewer_role"),
                rs.getString("reviewer_unit"),
                rs.getString("reviewer_contact"),
                rs.getString("on_behalf_of_name"),
                rs.getObject("applicant_id", UUID.class),
                rs.getString("applicant_name"),
                rs.getString("applicant_unit"),
                rs.getString("applicant_contact"),
                new ClauseReference(rs.getString("regulation"), rs.getString("clause"), rs.getString("requirement_id")),
                List.of((UUID[]) systems.getArray()),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getString("measures"),
                rs.getString("end_report_method"),
                rs.getString("reason"),
                rs.getBoolean("post_hoc"),
                rs.getString("post_hoc_reason"),
                rs.getBoolean("granted"),
                rs.getString("decision_reason"),
                aRegulation == null
                        ? null
                        : new ClauseReference(
                                aRegulation, rs.getString("approved_clause"), rs.getString("approved_requirement_id")),
                rs.getObject("approved_from", LocalDate.class),
                rs.getObject("approved_to", LocalDate.class),
                rs.getString("approved_measures"),
                rs.getString("approved_end_report_method"),
                rs.getString("conditions"),
                rs.getBoolean("end_report_required"),
                instant(rs, "decided_at"),
                rs.getString("snapshot_sha256"),
                rs.getObject("ended_on", LocalDate.class),
                rs.getString("end_reason"),
                instant(rs, "reported_to_ciso_at"),
                instant(rs, "ciso_acknowledged_at"),
                rs.getString("ciso_acknowledged_by"),
                rs.getLong("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
