package dev.toitsu.workflow.domain;

import dev.toitsu.workflow.ApprovalRequest;
import dev.toitsu.workflow.RequestQuery;
import dev.toitsu.workflow.RequestState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RequestRepository {

    static final String SELECT = """
            select r.id, r.organization_id, r.type_id, r.type_code, t.name as type_name, t.name_en as type_name_en,
                   r.number, r.title, r.applicant_id, r.applicant_name, r.applicant_unit_id, r.applicant_unit_name,
                   r.applicant_contact, r.state, r.field_values::text as field_values, r.period_from, r.period_to,
                   r.post_hoc, r.step_index, r.step_role_code, r.step_scope_unit_id, r.step_any_scope,
                   r.step_assignee_id, r.step_due_on, r.submitted_at, r.decided_at, r.final_approver_id,
                   r.approved_values::text as approved_values, r.approved_from, r.approved_to, r.conditions,
                   r.end_report_required, r.end_reported_at, r.end_report, r.end_chased_at, r.closed_at,
                   r.created_at, r.version
            from approval_request r join request_type t on t.id = r.type_id""";

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The step a request waits on: role holders for a unit (or organization-wide, or any), or one assignee. */
    public record Step(
            int index,
            String roleCode,
            UUID scopeUnitId,
            boolean anyScope,
            UUID assigneeId,
            LocalDate dueOn,
            List<UUID> approvers) {}

    public record NewRequest(
            UUID organizationId,
            UUID typeId,
            String typeCode,
            String title,
            UUID applicantId,
            String applicantName,
            UUID applicantUnitId,
            String applicantUnitName,
            String applicantContact,
            Map<String, String> values,
            LocalDate periodFrom,
            LocalDate periodTo,
            boolean postHoc,
            boolean endReportRequired) {}

    public Optional<ApprovalRequest> find(UUID organizationId, UUID id) {
        return jdbc.sql(SELECT + " where r.organization_id = :org and r.id = :id")
                .param("org", organizationId)
                .param("id", id)
                .query(RequestRepository::map)
                .optional();
    }

    public UUID insert(NewRequest n, String number) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into approval_request (id, organization_id, type_id, type_code, number, title, applicant_id,
                            applicant_name, applicant_unit_id, applicant_unit_name, applicant_contact, state, field_values,
                            period_from, period_to, post_hoc, end_report_required)
                        values (:id, :org, :type, :code, :number, :title, :applicant, :name, :unit, :unitName, :contact,
                            'DRAFT', cast(:values as jsonb), :from, :to, :postHoc, :endReport)""")
                .param("id", id)
                .param("org", n.organizationId())
                .param("type", n.typeId())
                .param("code", n.typeCode())
                .param("number", number)
                .param("title", n.title())
                .param("applicant", n.applicantId())
                .param("name", n.applicantName())
                .param("unit", n.applicantUnitId())
                .param("unitName", n.applicantUnitName())
                .param("contact", n.applicantContact())
                .param("values", Json.write(n.values()))
                .param("from", n.periodFrom())
                .param("to", n.periodTo())
                .param("postHoc", n.postHoc())
                .param("endReport", n.endReportRequired())
                .update();
        return id;
    }

    public long nextNumber() {
        return jdbc.sql("select nextval('approval_request_number_seq')")
                .query(Long.class)
                .single();
    }

    /** The applicant revises a draft or a returned request. */
    public void revise(UUID id, long version, NewRequest n) {
        Versions.requireUpdated(jdbc.sql("""
                        update approval_request set title = :title, applicant_contact = :contact,
                            field_values = cast(:values as jsonb), period_from = :from, period_to = :to,
                            post_hoc = :postHoc, updated_at = now(), version = version + 1
                        where id = :id and version = :version and state in ('DRAFT', 'RETURNED')""")
                .param("title", n.title())
                .param("contact", n.applicantContact())
                .param("values", Json.write(n.values()))
                .param("from", n.periodFrom())
                .param("to", n.periodTo())
                .param("postHoc", n.postHoc())
                .param("id", id)
                .param("version", version)
                .update());
    }

    /**
     * Moves the request to a step (submission, or the next step after an approval). Returns false when the request
     * is no longer at {@code version} (decided or changed meanwhile): the caller reports the conflict.
     */
    public boolean toStep(
            UUID id,
            long version,
            Step step,
            boolean submitting,
            Map<String, String> approvedValues,
            LocalDate approvedFrom,
            LocalDate approvedTo,
            String conditions) {
        return jdbc.sql("""
                        update approval_request set state = 'SUBMITTED', step_index = :index, step_role_code = :role,
                            step_scope_unit_id = :unit, step_any_scope = :any, step_assignee_id = :assignee,
                            step_due_on = :due, step_approvers = :approvers, submitted_at = case when :submitting then now() else submitted_at end,
                            approved_values = cast(:approved as jsonb), approved_from = :approvedFrom,
                            approved_to = :approvedTo, conditions = :conditions,
                            updated_at = now(), version = version + 1
                        where id = :id and version = :version""")
                        .param("index", step.index())
                        .param("role", step.roleCode())
                        .param("unit", step.scopeUnitId())
                        .param("any", step.anyScope())
                        .param("assignee", step.assigneeId())
                        .param("due", step.dueOn())
                        .param("approvers", step.approvers().toArray(UUID[]::new))
                        .param("submitting", submitting)
                        .param("approved", approvedValues == null ? null : Json.write(approvedValues))
                        .param("approvedFrom", approvedFrom)
                        .param("approvedTo", approvedTo)
                        .param("conditions", conditions)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** The escalated step: the same step, now for one person (the conflicted approver's superior). */
    public boolean assign(UUID id, long version, UUID assigneeId) {
        return jdbc.sql("""
                        update approval_request set step_assignee_id = :assignee, step_approvers = array[:assignee]::uuid[],
                            updated_at = now(), version = version + 1
                        where id = :id and version = :version and state = 'SUBMITTED'""")
                        .param("assignee", assigneeId)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** The final decision, or a return for correction. False when decided or changed meanwhile. */
    public boolean conclude(
            UUID id,
            long version,
            RequestState state,
            UUID finalApproverId,
            Map<String, String> approvedValues,
            LocalDate approvedFrom,
            LocalDate approvedTo,
            String conditions,
            boolean endReportRequired) {
        return jdbc.sql("""
                        update approval_request set state = :state, step_index = null, step_role_code = null,
                            step_scope_unit_id = null, step_any_scope = false, step_assignee_id = null, step_due_on = null,
                            decided_at = case when :state = 'RETURNED' then decided_at else now() end,
                            final_approver_id = :approver, approved_values = cast(:approved as jsonb),
                            approved_from = :approvedFrom, approved_to = :approvedTo, conditions = :conditions,
                            end_report_required = :endReport,
                            closed_at = case when :state = 'REJECTED' then now() else closed_at end,
                            updated_at = now(), version = version + 1
                        where id = :id and version = :version and state = 'SUBMITTED'""")
                        .param("state", state.name())
                        .param("approver", finalApproverId)
                        .param("approved", approvedValues == null ? null : Json.write(approvedValues))
                        .param("approvedFrom", approvedFrom)
                        .param("approvedTo", approvedTo)
                        .param("conditions", conditions)
                        .param("endReport", endReportRequired)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public void withdraw(UUID id, long version) {
        Versions.requireUpdated(
                jdbc.sql("""
                        update approval_request set state = 'WITHDRAWN', step_index = null, step_role_code = null,
                            step_scope_unit_id = null, step_assignee_id = null, step_due_on = null, closed_at = now(),
                            updated_at = now(), version = version + 1
                        where id = :id and version = :version and state in ('DRAFT', 'SUBMITTED', 'RETURNED')""").param("id", id).param("version", version).update());
    }

    public void reportEnd(UUID id, long version, String report) {
        Versions.requireUpdated(jdbc.sql("""
                        update approval_request set state = 'CLOSED', end_reported_at = now(), end_report = :report,
                            closed_at = now(), updated_at = now(), version = version + 1
                        where id = :id and version = :version
                          and state in ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'EXPIRED')""")
                .param("report", report)
                .param("id", id)
                .param("version", version)
                .update());
    }

    public void chased(UUID id) {
        jdbc.sql("update approval_request set end_chased_at = now(), updated_at = now() where id = :id")
                .param("id", id)
                .update();
    }

    /** The periods that ended before {@code today}: EXPIRED while an end report is awaited, else CLOSED. */
    public List<ApprovalRequest> endPeriods(LocalDate today) {
        List<UUID> ids = jdbc.sql("""
                        update approval_request set
                            state = case when end_report_required and end_reported_at is null then 'EXPIRED' else 'CLOSED' end,
                            closed_at = case when end_report_required and end_reported_at is null then null else now() end,
                            updated_at = now(), version = version + 1
                        where state in ('APPROVED', 'APPROVED_WITH_CONDITIONS') and approved_to < :today
                        returning id""").param("today", today).query(UUID.class).list();
        return byIds(ids);
    }

    public List<ApprovalRequest> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where r.id in (:ids)")
                .param("ids", ids)
                .query(RequestRepository::map)
                .list();
    }

    /** An open request whose decision is due, with the approvers who were told. */
    public record Due(ApprovalRequest request, List<UUID> approvers) {}

    /** Open requests whose decision is due on or before the day. */
    public List<Due> decisionsDueBy(LocalDate day) {
        return jdbc.sql(SELECT.replace(" from approval_request r", ", r.step_approvers from approval_request r")
                        + " where r.state = 'SUBMITTED' and r.step_due_on <= :day")
                .param("day", day)
                .query((rs, n) -> new Due(map(rs, n), List.of((UUID[])
                        rs.getArray("step_approvers").getArray())))
                .list();
    }

    /** Approved requests whose period ends in [from, to]. */
    public List<ApprovalRequest> periodsEndingBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(SELECT + " where r.state in ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'EXPIRED')"
                        + " and r.approved_to between :from and :to")
                .param("from", from)
                .param("to", to)
                .query(RequestRepository::map)
                .list();
    }

    public List<ApprovalRequest> byApplicant(UUID organizationId, UUID applicantId) {
        return jdbc.sql(SELECT + " where r.organization_id = :org and r.applicant_id = :person"
                        + " order by r.created_at desc limit 500")
                .param("org", organizationId)
                .param("person", applicantId)
                .query(RequestRepository::map)
                .list();
    }

    /** Who may decide a step, as the inbox asks: role codes with units (null unit: organization-wide). */
    public record Authority(String roleCode, UUID unitId) {}

    /**
     * Open requests that the holders of these roles, or these people personally (after an escalation), decide.
     * One query; the role list is small (a person's roles and those of whoever delegated to them).
     */
    public List<ApprovalRequest> awaiting(UUID organizationId, Collection<Authority> roles, Collection<UUID> people) {
        StringBuilder where = new StringBuilder(" where r.organization_id = :org and r.state = 'SUBMITTED' and (");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organizationId);
        params.put("people", people.isEmpty() ? List.of(new UUID(0, 0)) : people);
        where.append("r.step_assignee_id in (:people)");
        int i = 0;
        for (Authority a : roles) {
            where.append(" or (r.step_assignee_id is null and r.step_role_code = :role")
                    .append(i)
                    .append(" and (r.step_any_scope or r.step_scope_unit_id is not distinct from cast(:unit")
                    .append(i)
                    .append(" as uuid)))");
            params.put("role" + i, a.roleCode());
            params.put("unit" + i, a.unitId());
            i++;
        }
        where.append(") order by r.step_due_on, r.submitted_at limit 500");
        return jdbc.sql(SELECT + where)
                .params(params)
                .query(RequestRepository::map)
                .list();
    }

    /** The register: one query for the page, one for the count. {@code units} null: the whole organization. */
    public List<ApprovalRequest> search(
            UUID organizationId, RequestQuery q, Collection<UUID> units, int limit, long offset) {
        Filter f = filter(organizationId, q, units);
        return jdbc.sql(SELECT + f.where + " order by r.created_at desc, r.id limit :limit offset :offset")
                .params(f.params)
                .param("limit", limit)
                .param("offset", offset)
                .query(RequestRepository::map)
                .list();
    }

    public long count(UUID organizationId, RequestQuery q, Collection<UUID> units) {
        Filter f = filter(organizationId, q, units);
        return jdbc.sql("select count(*) from approval_request r" + f.where)
                .params(f.params)
                .query(Long.class)
                .single();
    }

    private record Filter(String where, Map<String, Object> params) {}

    private static Filter filter(UUID organizationId, RequestQuery q, Collection<UUID> units) {
        StringBuilder where = new StringBuilder(" where r.organization_id = :org and r.state <> 'DRAFT'");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organizationId);
        if (units != null) {
            where.append(" and r.applicant_unit_id in (:units)");
            params.put("units", units.isEmpty() ? List.of(new UUID(0, 0)) : units);
        }
        if (q.typeCode() != null && !q.typeCode().isBlank()) {
            where.append(" and r.type_code = :type");
            params.put("type", q.typeCode());
        }
        if (q.state() != null) {
            where.append(" and r.state = :state");
            params.put("state", q.state().name());
        }
        if (q.text() != null && !q.text().isBlank()) {
            where.append(" and (r.number ilike :text or r.title ilike :text or r.applicant_name ilike :text)");
            params.put("text", "%" + q.text().strip().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (q.fiscalYear() != null) {
            where.append(" and r.submitted_at >= :fyStart and r.submitted_at < :fyEnd");
            params.put("fyStart", java.sql.Date.valueOf(LocalDate.of(q.fiscalYear(), 4, 1)));
            params.put("fyEnd", java.sql.Date.valueOf(LocalDate.of(q.fiscalYear() + 1, 4, 1)));
        }
        return new Filter(where.toString(), params);
    }

    static ApprovalRequest map(ResultSet rs, int row) throws SQLException {
        Integer step = rs.getObject("step_index", Integer.class);
        return new ApprovalRequest(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getObject("type_id", UUID.class),
                rs.getString("type_code"),
                rs.getString("type_name"),
                rs.getString("type_name_en"),
                rs.getString("number"),
                rs.getString("title"),
                rs.getObject("applicant_id", UUID.class),
                rs.getString("applicant_name"),
                rs.getObject("applicant_unit_id", UUID.class),
                rs.getString("applicant_unit_name"),
                rs.getString("applicant_contact"),
                RequestState.valueOf(rs.getString("state")),
                new HashMap<>(Json.readStrings(rs.getString("field_values"))),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getBoolean("post_hoc"),
                step,
                rs.getString("step_role_code"),
                rs.getObject("step_scope_unit_id", UUID.class),
                rs.getBoolean("step_any_scope"),
                rs.getObject("step_assignee_id", UUID.class),
                rs.getObject("step_due_on", LocalDate.class),
                instant(rs, "submitted_at"),
                instant(rs, "decided_at"),
                rs.getObject("final_approver_id", UUID.class),
                Json.readStrings(rs.getString("approved_values")),
                rs.getObject("approved_from", LocalDate.class),
                rs.getObject("approved_to", LocalDate.class),
                rs.getString("conditions"),
                rs.getBoolean("end_report_required"),
                instant(rs, "end_reported_at"),
                rs.getString("end_report"),
                instant(rs, "end_chased_at"),
                instant(rs, "closed_at"),
                instant(rs, "created_at"),
                rs.getLong("version"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static List<String> strings(Object[] array) {
        List<String> list = new ArrayList<>();
        for (Object o : array) {
            list.add(String.valueOf(o));
        }
        return list;
    }
}
