package dev.toitsu.registry.domain;

import static dev.toitsu.registry.domain.Sql.date;
import static dev.toitsu.registry.domain.Sql.enumOf;
import static dev.toitsu.registry.domain.Sql.instant;

import dev.toitsu.registry.Hosting;
import dev.toitsu.registry.Importance;
import dev.toitsu.registry.ImportanceDecision;
import dev.toitsu.registry.InformationSystem;
import dev.toitsu.registry.LifecyclePhase;
import dev.toitsu.registry.ReclassificationReason;
import dev.toitsu.registry.RegisterPage;
import dev.toitsu.registry.SystemDraft;
import dev.toitsu.registry.SystemLink;
import dev.toitsu.registry.SystemQuery;
import dev.toitsu.shared.ConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 情報システム台帳 tables. List queries are one statement per page (window count, trigram search). */
@Repository
public class SystemRepository {

    static final String COLUMNS = """
            s.id, s.code, s.name, s.purpose, s.owner_unit_id, u.name as owner_unit_name,
            array(select uu.unit_id from system_user_unit uu where uu.system_id = s.id) as user_units,
            s.users_description, s.user_count, s.internet_facing, s.hosting, s.cloud_service, s.bcp_relevant,
            s.lifecycle_phase, s.planning_started_on, s.operation_started_on, s.next_renewal_on, s.retired_on,
            s.importance, s.importance_criteria, s.importance_rationale, s.importance_decided_at,
            s.importance_decided_by, s.reclassification_reason, s.note, s.version""";
    static final String FROM = " from information_system s join unit u on u.id = s.owner_unit_id";

    private final JdbcClient jdbc;

    SystemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InformationSystem> find(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where s.organization_id = :org and s.id = :id")
                .param("org", org)
                .param("id", id)
                .query((rs, n) -> map(rs, null))
                .optional();
    }

    public Optional<UUID> idByCode(UUID org, String code) {
        return jdbc.sql("select id from information_system where organization_id = :org and code = :code")
                .param("org", org)
                .param("code", code)
                .query(UUID.class)
                .optional();
    }

    /** Codes by id for the given systems of the organization (imports and exports resolve them in one query). */
    public Map<String, UUID> idsByCode(UUID org) {
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("select code, id from information_system where organization_id = :org")
                .param("org", org)
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return ids;
    }

    public RegisterPage<InformationSystem> page(RegisterScope scope, SystemQuery q, int page, int size) {
        String sql = "select " + COLUMNS + ", count(*) over () as total" + FROM
                + " where s.organization_id = :org"
                + Sql.scopeCondition(scope, "s.owner_unit_id", "s.id = any(:scopeSystems)")
                + (q.unitId() == null
                        ? ""
                        : " and (s.owner_unit_id in (select id from tree)"
                                + " or exists (select 1 from system_user_unit x where x.system_id = s.id"
                                + " and x.unit_id in (select id from tree)))")
                + (q.text() == null ? "" : " and s.search_text like :text escape '\\'")
                + (q.importance() == null ? "" : " and s.importance = :importance")
                + (q.phase() == null ? " and s.lifecycle_phase <> 'RETIRED'" : " and s.lifecycle_phase = :phase")
                + (q.hosting() == null ? "" : " and s.hosting = :hosting")
                + (q.internetFacing() == null ? "" : " and s.internet_facing = :internet")
                + (q.reclassificationDue()
                        ? " and (s.importance is null or s.reclassification_reason is not null)"
                        : "")
                + " order by " + order(q.sort()) + " limit :limit offset :offset";
        if (q.unitId() != null) {
            sql = "with recursive tree(id) as (select id from unit where id = :unit and organization_id = :org"
                    + " union all select u2.id from unit u2 join tree t on u2.parent_id = t.id) " + sql;
        }
        long[] total = {0};
        List<InformationSystem> items = new ArrayList<>();
        jdbc.sql(sql)
                .param("org", scope.organizationId())
                .param("scopeUnits", scope.unitArray())
                .param("scopeSystems", scope.systemArray())
                .param("unit", q.unitId() == null ? new UUID(0, 0) : q.unitId())
                .param("text", q.text() == null ? "" : Sql.like(q.text()))
                .param(
                        "importance",
                        q.importance() == null ? "" : q.importance().name())
                .param("phase", q.phase() == null ? "" : q.phase().name())
                .param("hosting", q.hosting() == null ? "" : q.hosting().name())
                .param("internet", q.internetFacing() != null && q.internetFacing())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(rs -> {
                    total[0] = rs.getLong("total");
                    items.add(map(rs, null));
                });
        return new RegisterPage<>(items, page, size, total[0]);
    }

    private static String order(String sort) {
        return switch (sort == null ? "name" : sort) {
            case "code" -> "s.code, s.id";
            case "importance" ->
                "case s.importance when 'HIGH' then 0 when 'MEDIUM' then 1 when 'LOW' then 2 else 3 end,"
                        + " s.name, s.id";
            case "phase" -> "s.lifecycle_phase, s.name, s.id";
            case "updated" -> "s.updated_at desc, s.id";
            default -> "s.name, s.id";
        };
    }

    /** The confidentiality codes of the information each system handles (linked or stored in it). */
    public Map<UUID, Set<String>> confidentialityCodes(Collection<UUID> systemIds) {
        Map<UUID, Set<String>> codes = new HashMap<>();
        if (systemIds.isEmpty()) {
            return codes;
        }
        jdbc.sql("""
                        select sa.system_id, a.confidentiality from system_asset sa
                        join information_asset a on a.id = sa.asset_id
                        where sa.system_id = any(:ids) and a.disposed_on is null
                        union
                        select a.storage_system_id, a.confidentiality from information_asset a
                        where a.storage_system_id = any(:ids) and a.disposed_on is null""").param("ids", systemIds.toArray(UUID[]::new)).query(rs -> {
            codes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
                    .add(rs.getString(2));
        });
        return codes;
    }

    /** The gradings (C, I, A codes) of the information a system handles. */
    public List<String[]> gradings(UUID systemId) {
        return jdbc.sql("""
                        select a.confidentiality, a.integrity, a.availability from information_asset a
                        where a.disposed_on is null and (a.storage_system_id = :id
                            or a.id in (select asset_id from system_asset where system_id = :id))""")
                .param("id", systemId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
    }

    public boolean codeTaken(UUID org, String code, UUID except) {
        return jdbc.sql("select count(*) from information_system where organization_id = :org and code = :code"
                                + " and id <> :except")
                        .param("org", org)
                        .param("code", code)
                        .param("except", except == null ? new UUID(0, 0) : except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public UUID insert(UUID org, SystemDraft d) {
        UUID id = jdbc.sql("""
                        insert into information_system (organization_id, code, name, purpose, owner_unit_id,
                            users_description, user_count, internet_facing, hosting, cloud_service, bcp_relevant,
                            lifecycle_phase, planning_started_on, operation_started_on, next_renewal_on, retired_on, note)
                        values (:org, :code, :name, :purpose, :unit, :users, :userCount, :internet, :hosting, :cloud,
                            :bcp, :phase, :planning, :operation, :renewal, :retired, :note)
                        returning id""").params(params(org, d)).query(UUID.class).single();
        setUserUnits(id, d.userUnitIds());
        return id;
    }

    /** Inserts with a given id (kept from another register or referred to already by role assignments). */
    public void insertWithId(UUID org, UUID id, SystemDraft d) {
        jdbc.sql("""
                        insert into information_system (id, organization_id, code, name, purpose, owner_unit_id,
                            users_description, user_count, internet_facing, hosting, cloud_service, bcp_relevant,
                            lifecycle_phase, planning_started_on, operation_started_on, next_renewal_on, retired_on, note)
                        values (:id, :org, :code, :name, :purpose, :unit, :users, :userCount, :internet, :hosting, :cloud,
                            :bcp, :phase, :planning, :operation, :renewal, :retired, :note)""").params(params(org, d)).param("id", id).update();
        setUserUnits(id, d.userUnitIds());
    }

    public void update(UUID id, long version, SystemDraft d, ReclassificationReason reclassification) {
        int rows = jdbc.sql("""
                        update information_system set code = :code, name = :name, purpose = :purpose,
                            owner_unit_id = :unit, users_description = :users, user_count = :userCount,
                            internet_facing = :internet, hosting = :hosting, cloud_service = :cloud, bcp_relevant = :bcp,
                            lifecycle_phase = :phase, planning_started_on = :planning,
                            operation_started_on = :operation, next_renewal_on = :renewal, retired_on = :retired,
                            note = :note, updated_at = now(), version = version + 1,
                            reclassification_reason = case when importance is not null and cast(:reason as text) is not null
                                then cast(:reason as text) else reclassification_reason end
                        where id = :id and version = :version""")
                .params(params(null, d))
                .param("id", id)
                .param("version", version)
                .param("reason", reclassification == null ? null : reclassification.name())
                .update();
        if (rows == 0) {
            throw new ConflictException("error.conflict");
        }
        setUserUnits(id, d.userUnitIds());
    }

    private static Map<String, Object> params(UUID org, SystemDraft d) {
        Map<String, Object> p = new HashMap<>();
        p.put("org", org);
        p.put("code", d.code());
        p.put("name", d.name());
        p.put("purpose", d.purpose());
        p.put("unit", d.ownerUnitId());
        p.put("users", d.usersDescription());
        p.put("userCount", d.userCount());
        p.put("internet", d.internetFacing());
        p.put("hosting", d.hosting().name());
        p.put("cloud", d.cloudService());
        p.put("bcp", d.bcpRelevant());
        p.put("phase", d.lifecyclePhase().name());
        p.put("planning", d.planningStartedOn());
        p.put("operation", d.operationStartedOn());
        p.put("renewal", d.nextRenewalOn());
        p.put("retired", d.retiredOn());
        p.put("note", d.note());
        return p;
    }

    private void setUserUnits(UUID id, List<UUID> units) {
        jdbc.sql("delete from system_user_unit where system_id = :id")
                .param("id", id)
                .update();
        for (UUID unit : new HashSet<>(units)) {
            jdbc.sql("insert into system_user_unit (system_id, unit_id) values (:id, :unit)")
                    .param("id", id)
                    .param("unit", unit)
                    .update();
        }
    }

    public void decide(
            UUID org,
            UUID id,
            long version,
            Importance importance,
            Importance proposed,
            List<String> criteria,
            List<String> ticked,
            String rationale,
            String occasion,
            String by) {
        int rows = jdbc.sql("""
                        update information_system set importance = :importance, importance_criteria = :ticked,
                            importance_rationale = :rationale, importance_decided_at = now(), importance_decided_by = :by,
                            reclassification_reason = null, updated_at = now(), version = version + 1
                        where id = :id and version = :version""")
                .param("importance", importance.name())
                .param("ticked", ticked.toArray(String[]::new))
                .param("rationale", rationale)
                .param("by", by)
                .param("id", id)
                .param("version", version)
                .update();
        if (rows == 0) {
            throw new ConflictException("error.conflict");
        }
        jdbc.sql("""
                        insert into system_importance_decision (organization_id, system_id, importance, proposed, criteria,
                            rationale, occasion, decided_by)
                        values (:org, :id, :importance, :proposed, :criteria, :rationale, :occasion, :by)""")
                .param("org", org)
                .param("id", id)
                .param("importance", importance.name())
                .param("proposed", proposed.name())
                .param("criteria", criteria.toArray(String[]::new))
                .param("rationale", rationale)
                .param("occasion", occasion)
                .param("by", by)
                .update();
    }

    public List<ImportanceDecision> decisions(UUID id) {
        return jdbc.sql("""
                        select importance, proposed, criteria, rationale, occasion, decided_at, decided_by
                        from system_importance_decision where system_id = :id order by decided_at desc, id""")
                .param("id", id)
                .query((rs, n) -> new ImportanceDecision(
                        Importance.valueOf(rs.getString(1)),
                        Importance.valueOf(rs.getString(2)),
                        Sql.strings(rs.getArray(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7)))
                .list();
    }

    /** Systems this one relies on. */
    public List<SystemLink> dependencies(UUID id) {
        return links("""
                select s.id, s.code, s.name, s.importance, d.note from system_dependency d
                join information_system s on s.id = d.depends_on_id where d.system_id = :id order by s.name""", id);
    }

    /** Systems that rely on this one: an incident here affects them (表5.1.1-1). */
    public List<SystemLink> dependents(UUID id) {
        return links("""
                select s.id, s.code, s.name, s.importance, d.note from system_dependency d
                join information_system s on s.id = d.system_id where d.depends_on_id = :id order by s.name""", id);
    }

    private List<SystemLink> links(String sql, UUID id) {
        return jdbc.sql(sql)
                .param("id", id)
                .query((rs, n) -> new SystemLink(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        enumOf(Importance.class, rs.getString(4)),
                        rs.getString(5)))
                .list();
    }

    public boolean addDependency(UUID id, UUID dependsOn, String note) {
        return jdbc.sql("insert into system_dependency (system_id, depends_on_id, note) values (:id, :on, :note)"
                                + " on conflict do nothing")
                        .param("id", id)
                        .param("on", dependsOn)
                        .param("note", note)
                        .update()
                > 0;
    }

    public boolean removeDependency(UUID id, UUID dependsOn) {
        return jdbc.sql("delete from system_dependency where system_id = :id and depends_on_id = :on")
                        .param("id", id)
                        .param("on", dependsOn)
                        .update()
                > 0;
    }

    public boolean linkAsset(UUID systemId, UUID assetId) {
        return jdbc.sql("insert into system_asset (system_id, asset_id) values (:s, :a) on conflict do nothing")
                        .param("s", systemId)
                        .param("a", assetId)
                        .update()
                > 0;
    }

    public boolean unlinkAsset(UUID systemId, UUID assetId) {
        return jdbc.sql("delete from system_asset where system_id = :s and asset_id = :a")
                        .param("s", systemId)
                        .param("a", assetId)
                        .update()
                > 0;
    }

    /** 000 5.1.1(3): the systems must be classified again (only those already classified). */
    public void markForReclassification(Collection<UUID> systemIds, ReclassificationReason reason) {
        if (systemIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update information_system set reclassification_reason = :reason
                        where id = any(:ids) and importance is not null and reclassification_reason is null""")
                .param("reason", reason.name())
                .param("ids", systemIds.toArray(UUID[]::new))
                .update();
    }

    /** The systems that handle an asset (linked, or storing it). */
    public Set<UUID> handling(UUID assetId) {
        return new HashSet<>(jdbc.sql("""
                        select system_id from system_asset where asset_id = :a
                        union select storage_system_id from information_asset where id = :a and storage_system_id is not null""").param("a", assetId).query(UUID.class).list());
    }

    /** Name and importance of systems by id, for pickers and links. */
    public List<SystemLink> choices(RegisterScope scope) {
        return jdbc.sql("select s.id, s.code, s.name, s.importance, null from information_system s"
                        + " where s.organization_id = :org and s.lifecycle_phase <> 'RETIRED'"
                        + Sql.scopeCondition(scope, "s.owner_unit_id", "s.id = any(:scopeSystems)")
                        + " order by s.name limit 2000")
                .param("org", scope.organizationId())
                .param("scopeUnits", scope.unitArray())
                .param("scopeSystems", scope.systemArray())
                .query((rs, n) -> new SystemLink(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        enumOf(Importance.class, rs.getString(4)),
                        null))
                .list();
    }

    public List<String> nextCodes(String prefix, int count) {
        return jdbc
                .sql("select nextval('registry_code_seq') from generate_series(1, :n)")
                .param("n", count)
                .query(Long.class)
                .list()
                .stream()
                .map(n -> String.format("%s-%06d", prefix, n))
                .toList();
    }

    /** Marks the systems that store or handle any of these assets (set-based, for imports). */
    public void markHandling(Collection<UUID> assetIds, ReclassificationReason reason) {
        if (assetIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update information_system set reclassification_reason = :reason
                        where importance is not null and reclassification_reason is null and id in (
                            select storage_system_id from information_asset where id = any(:ids)
                            union select system_id from system_asset where asset_id = any(:ids))""")
                .param("reason", reason.name())
                .param("ids", assetIds.toArray(UUID[]::new))
                .update();
    }

    public String nextCode(String prefix) {
        long n = jdbc.sql("select nextval('registry_code_seq')")
                .query(Long.class)
                .single();
        return String.format("%s-%06d", prefix, n);
    }

    static InformationSystem map(ResultSet rs, String highest) throws SQLException {
        return new InformationSystem(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("purpose"),
                rs.getObject("owner_unit_id", UUID.class),
                rs.getString("owner_unit_name"),
                Sql.uuids(rs.getArray("user_units")),
                rs.getString("users_description"),
                Sql.integer(rs, "user_count"),
                rs.getBoolean("internet_facing"),
                Hosting.valueOf(rs.getString("hosting")),
                rs.getString("cloud_service"),
                rs.getBoolean("bcp_relevant"),
                LifecyclePhase.valueOf(rs.getString("lifecycle_phase")),
                date(rs, "planning_started_on"),
                date(rs, "operation_started_on"),
                date(rs, "next_renewal_on"),
                date(rs, "retired_on"),
                enumOf(Importance.class, rs.getString("importance")),
                Sql.strings(rs.getArray("importance_criteria")),
                rs.getString("importance_rationale"),
                instant(rs, "importance_decided_at"),
                rs.getString("importance_decided_by"),
                enumOf(ReclassificationReason.class, rs.getString("reclassification_reason")),
                highest,
                rs.getString("note"),
                rs.getLong("version"));
    }
}
