package dev.toitsu.organization.domain;

import dev.toitsu.organization.AssignmentDraft;
import dev.toitsu.organization.RoleAssignment;
import dev.toitsu.organization.RoleHolder;
import dev.toitsu.organization.ScopeKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AssignmentRepository {

    /** The scope's display name: the unit's name, the organization's, or the system id until the registry exists. */
    private static final String SCOPE_NAME = """
            case a.scope_kind when 'UNIT' then su.name when 'ORGANIZATION' then o.name
                 else 'system:' || a.scope_id::text end""";

    private static final String ASSIGNMENT_SELECT = "select a.id, a.role_id, r.code, r.name, r.name_en, a.person_id,"
            + " p.family_name || ' ' || p.given_name as person_name, a.scope_kind, a.scope_id, " + SCOPE_NAME
            + " as scope_name, a.starts_on, a.ends_on, a.note, a.version"
            + " from role_assignment a join role_definition r on r.id = a.role_id"
            + " join person p on p.id = a.person_id join organization o on o.id = a.organization_id"
            + " left join unit su on a.scope_kind = 'UNIT' and su.id = a.scope_id";

    private static final String HOLDER_SELECT = "select a.id, a.role_id, r.code, r.name, r.name_en, a.scope_kind,"
            + " a.scope_id, " + SCOPE_NAME + " as scope_name, a.person_id,"
            + " p.family_name || ' ' || p.given_name as person_name, pu.name as person_unit, p.job_title, p.phone,"
            + " p.email, a.starts_on, a.ends_on, a.version"
            + " from role_assignment a join role_definition r on r.id = a.role_id and r.active"
            + " join person p on p.id = a.person_id and p.active join organization o on o.id = a.organization_id"
            + " left join unit su on a.scope_kind = 'UNIT' and su.id = a.scope_id"
            + " left join unit pu on pu.id = p.unit_id"
            + " where a.organization_id = :org and a.starts_on <= :on and (a.ends_on is null or a.ends_on >= :on)";

    /** The role every staff member holds. */
    static final String EVERYONE = StandardRoles.STAFF;

    private static final String HOLDER_ORDER = " order by r.sort_order, r.code, scope_name nulls first, person_name";

    private final JdbcClient jdbc;

    AssignmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID organizationId, AssignmentDraft draft, ScopeKind scopeKind) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into role_assignment (id, organization_id, role_id, person_id, scope_kind, scope_id,
                            starts_on, ends_on, note)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        organizationId,
                        draft.roleId(),
                        draft.personId(),
                        scopeKind.name(),
                        scopeKind == ScopeKind.ORGANIZATION ? null : draft.scopeId(),
                        draft.startsOn(),
                        draft.endsOn(),
                        draft.note())
                .update();
        return id;
    }

    public Optional<RoleAssignment> find(UUID organizationId, UUID id) {
        return jdbc.sql(ASSIGNMENT_SELECT + " where a.organization_id = ? and a.id = ?")
                .params(organizationId, id)
                .query(AssignmentRepository::map)
                .optional();
    }

    public void end(UUID id, long version, LocalDate endsOn) {
        Versions.requireUpdated(
                jdbc.sql("update role_assignment set ends_on = ?, version = version + 1 where id = ? and version = ?")
                        .params(endsOn, id, version)
                        .update());
    }

    /** Ends every assignment of the person still open after the day (the person leaves). */
    public int endAllOf(UUID personId, LocalDate endsOn) {
        return jdbc.sql("""
                        update role_assignment set ends_on = greatest(starts_on, ?), version = version + 1
                        where person_id = ? and (ends_on is null or ends_on > ?)""").params(endsOn, personId, endsOn).update();
    }

    /** Every assignment the person ever had, newest first: the role history. */
    public List<RoleAssignment> historyOf(UUID organizationId, UUID personId) {
        return jdbc.sql(ASSIGNMENT_SELECT
                        + " where a.organization_id = ? and a.person_id = ? order by a.starts_on desc, r.sort_order")
                .params(organizationId, personId)
                .query(AssignmentRepository::map)
                .list();
    }

    /** The person's assignments that are not over by {@code from}: what a new assignment may clash with. */
    public List<HeldRole> heldFrom(UUID personId, LocalDate from) {
        return jdbc.sql("""
                        select r.code, a.scope_kind, a.scope_id, a.starts_on, a.ends_on
                        from role_assignment a join role_definition r on r.id = a.role_id
                        where a.person_id = ? and (a.ends_on is null or a.ends_on >= ?)""")
                .params(personId, from)
                .query((rs, n) -> new HeldRole(
                        rs.getString(1),
                        ScopeKind.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class)))
                .list();
    }

    /**
     * Holders of every role but 職員等 (STAFF), which everyone holds: at 50,000 staff listing it made the page take
     * seconds; the people list is where staff are found.
     */
    public List<RoleHolder> holders(UUID organizationId, LocalDate on) {
        return jdbc.sql(HOLDER_SELECT + " and r.code <> '" + EVERYONE + "'" + HOLDER_ORDER)
                .param("org", organizationId)
                .param("on", on)
                .query(AssignmentRepository::holder)
                .list();
    }

    public List<RoleHolder> contactHolders(UUID organizationId, LocalDate on) {
        return jdbc.sql(HOLDER_SELECT + " and r.contact_list" + HOLDER_ORDER)
                .param("org", organizationId)
                .param("on", on)
                .query(AssignmentRepository::holder)
                .list();
    }

    public List<RoleHolder> holdersInUnit(UUID organizationId, UUID unitId, LocalDate on) {
        return jdbc.sql(HOLDER_SELECT + " and a.scope_kind = 'UNIT' and a.scope_id = :unit" + HOLDER_ORDER)
                .param("org", organizationId)
                .param("on", on)
                .param("unit", unitId)
                .query(AssignmentRepository::holder)
                .list();
    }

    public List<RoleHolder> holdersOfSystem(UUID organizationId, UUID systemId, LocalDate on) {
        return jdbc.sql(HOLDER_SELECT + " and a.scope_kind = 'SYSTEM' and a.scope_id = :system" + HOLDER_ORDER)
                .param("org", organizationId)
                .param("on", on)
                .param("system", systemId)
                .query(AssignmentRepository::holder)
                .list();
    }

    public List<VacancyPolicy.Holding> holdings(UUID organizationId, LocalDate on) {
        return jdbc.sql("""
                        select distinct r.code, a.scope_kind, a.scope_id
                        from role_assignment a join role_definition r on r.id = a.role_id
                        join person p on p.id = a.person_id and p.active
                        where a.organization_id = :org and a.starts_on <= :on and (a.ends_on is null or a.ends_on >= :on)
                          and r.code <> '""" + EVERYONE + "'")
                .param("org", organizationId)
                .param("on", on)
                .query((rs, n) -> new VacancyPolicy.Holding(
                        rs.getString(1), ScopeKind.valueOf(rs.getString(2)), rs.getObject(3, UUID.class)))
                .list();
    }

    /** Current holders of a role on any of the given units (nearest first is the caller's business). */
    public List<RoleHolder> holdersOfRoleOnUnits(UUID organizationId, String roleCode, List<UUID> units, LocalDate on) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(HOLDER_SELECT + " and r.code = :code and a.scope_kind = 'UNIT' and a.scope_id in (:units)"
                        + HOLDER_ORDER)
                .param("org", organizationId)
                .param("on", on)
                .param("code", roleCode)
                .param("units", units)
                .query(AssignmentRepository::holder)
                .list();
    }

    static RoleAssignment map(ResultSet rs, int row) throws SQLException {
        return new RoleAssignment(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, UUID.class),
                rs.getString(7),
                ScopeKind.valueOf(rs.getString(8)),
                rs.getObject(9, UUID.class),
                rs.getString(10),
                rs.getObject(11, LocalDate.class),
                rs.getObject(12, LocalDate.class),
                rs.getString(13),
                rs.getLong(14));
    }

    static RoleHolder holder(ResultSet rs, int row) throws SQLException {
        return new RoleHolder(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                ScopeKind.valueOf(rs.getString(6)),
                rs.getObject(7, UUID.class),
                rs.getString(8),
                rs.getObject(9, UUID.class),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getObject(15, LocalDate.class),
                rs.getObject(16, LocalDate.class),
                rs.getLong(17));
    }
}
