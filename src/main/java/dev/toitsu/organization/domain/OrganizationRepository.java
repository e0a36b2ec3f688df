package dev.toitsu.organization.domain;

import dev.toitsu.organization.Organization;
import dev.toitsu.organization.OrganizationDraft;
import dev.toitsu.organization.OrganizationKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrganizationRepository {

    private static final String SELECT = """
            select o.id, o.code, o.name, o.name_en, o.kind, o.parent_id, p.name as parent_name, o.active,
                   o.last_changed_at, o.version
            from organization o left join organization p on p.id = o.parent_id
            """;

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(OrganizationDraft draft) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into organization (id, code, name, name_en, kind, parent_id) values (?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        draft.code(),
                        draft.name(),
                        draft.nameEn(),
                        draft.kind().name(),
                        draft.parentId())
                .update();
        return id;
    }

    public Optional<Organization> find(UUID id) {
        return jdbc.sql(SELECT + " where o.id = ?").param(id).query(this::map).optional();
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("select count(*) > 0 from organization where lower(code) = lower(?)")
                .param(code)
                .query(Boolean.class)
                .single();
    }

    public List<Organization> all() {
        return jdbc.sql(SELECT + " order by o.name").query(this::map).list();
    }

    public void revise(UUID id, long version, OrganizationDraft draft) {
        Versions.requireUpdated(jdbc.sql("""
                        update organization set name = ?, name_en = ?, kind = ?, parent_id = ?, version = version + 1,
                               last_changed_at = now()
                        where id = ? and version = ?""")
                .params(draft.name(), draft.nameEn(), draft.kind().name(), draft.parentId(), id, version)
                .update());
    }

    /** The organization, its parent, its parent's parent ... (所管 upwards). */
    public List<UUID> ancestorsOrSelf(UUID id) {
        return jdbc.sql("""
                        with recursive up(id, parent_id, depth) as (
                            select id, parent_id, 0 from organization where id = ?
                            union all
                            select o.id, o.parent_id, up.depth + 1 from organization o join up on o.id = up.parent_id
                            where up.depth < 100)
                        select id from up order by depth""").param(id).query(UUID.class).list();
    }

    /** Every organization overseen by {@code root}, directly or through others, with its depth below it. */
    public List<OverseenRow> overseenBy(UUID root) {
        return jdbc.sql("""
                        with recursive down(id, depth) as (
                            select id, 1 from organization where parent_id = :root
                            union all
                            select o.id, down.depth + 1 from organization o join down on o.parent_id = down.id
                            where down.depth < 100)
                        select o.id, o.code, o.name, o.name_en, o.kind, p.name as parent_name, d.depth,
                               (select count(*) from unit u where u.organization_id = o.id and u.active) as units,
                               (select count(*) from person x where x.organization_id = o.id and x.active) as people,
                               o.last_changed_at
                        from down d join organization o on o.id = d.id
                        left join organization p on p.id = o.parent_id
                        where o.active
                        order by d.depth, o.name""")
                .param("root", root)
                .query((rs, n) -> new OverseenRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("name_en"),
                        OrganizationKind.valueOf(rs.getString("kind")),
                        rs.getString("parent_name"),
                        rs.getInt("depth"),
                        rs.getLong("units"),
                        rs.getLong("people"),
                        rs.getTimestamp("last_changed_at").toInstant()))
                .list();
    }

    public record OverseenRow(
            UUID id,
            String code,
            String name,
            String nameEn,
            OrganizationKind kind,
            String parentName,
            int depth,
            long units,
            long people,
            Instant lastChangedAt) {}

    /** Marks that something in the organization changed now (the oversight view shows the date). */
    public void touch(UUID id) {
        jdbc.sql("update organization set last_changed_at = now() where id = ?")
                .param(id)
                .update();
    }

    private Organization map(ResultSet rs, int row) throws SQLException {
        return new Organization(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("name_en"),
                OrganizationKind.valueOf(rs.getString("kind")),
                rs.getObject("parent_id", UUID.class),
                rs.getString("parent_name"),
                rs.getBoolean("active"),
                rs.getTimestamp("last_changed_at").toInstant(),
                rs.getLong("version"));
    }
}
