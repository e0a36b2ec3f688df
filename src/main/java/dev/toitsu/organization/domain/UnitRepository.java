package dev.toitsu.organization.domain;

import dev.toitsu.organization.Unit;
import dev.toitsu.organization.UnitDraft;
import dev.toitsu.organization.UnitKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UnitRepository {

    private static final String SELECT =
            "select id, parent_id, code, name, name_en, kind, sort_order, active, version from unit";

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit of the organization, siblings in display order (the tree puts them in place). */
    public List<Unit> all(UUID organizationId) {
        return jdbc.sql(SELECT + " where organization_id = ? order by sort_order, code")
                .param(organizationId)
                .query(UnitRepository::map)
                .list();
    }

    public UnitTree tree(UUID organizationId) {
        return UnitTree.of(all(organizationId));
    }

    public Optional<Unit> find(UUID organizationId, UUID id) {
        return jdbc.sql(SELECT + " where organization_id = ? and id = ?")
                .params(organizationId, id)
                .query(UnitRepository::map)
                .optional();
    }

    public boolean codeTaken(UUID organizationId, String code, UUID except) {
        return jdbc.sql(
                        "select count(*) > 0 from unit where organization_id = ? and lower(code) = lower(?) and id <> ?")
                .params(organizationId, code, except == null ? new UUID(0, 0) : except)
                .query(Boolean.class)
                .single();
    }

    public UUID insert(UUID organizationId, UnitDraft draft) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into unit (id, organization_id, parent_id, code, name, name_en, kind, sort_order)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        organizationId,
                        draft.parentId(),
                        draft.code(),
                        draft.name(),
                        draft.nameEn(),
                        draft.kind().name(),
                        draft.sortOrder())
                .update();
        return id;
    }

    public void revise(UUID id, long version, UnitDraft draft) {
        Versions.requireUpdated(jdbc.sql("""
                        update unit set code = ?, name = ?, name_en = ?, kind = ?, sort_order = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(draft.code(), draft.name(), draft.nameEn(), draft.kind().name(), draft.sortOrder(), id, version)
                .update());
    }

    public void move(UUID id, long version, UUID parentId) {
        Versions.requireUpdated(
                jdbc.sql("update unit set parent_id = ?, version = version + 1 where id = ? and version = ?")
                        .params(parentId, id, version)
                        .update());
    }

    public void activate(UUID id, long version, boolean active) {
        Versions.requireUpdated(
                jdbc.sql("update unit set active = ?, version = version + 1 where id = ? and version = ?")
                        .params(active, id, version)
                        .update());
    }

    /** People still in the unit and role assignments still open on it: a unit with either is not deactivated. */
    public long activeReferences(UUID id) {
        return jdbc.sql("""
                        select (select count(*) from person where unit_id = :id and active)
                             + (select count(*) from role_assignment
                                where scope_kind = 'UNIT' and scope_id = :id and (ends_on is null or ends_on >= current_date))
                             + (select count(*) from unit where parent_id = :id and active)""").param("id", id).query(Long.class).single();
    }

    static Unit map(ResultSet rs, int row) throws SQLException {
        return new Unit(
                rs.getObject("id", UUID.class),
                rs.getObject("parent_id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("name_en"),
                UnitKind.valueOf(rs.getString("kind")),
                rs.getInt("sort_order"),
                rs.getBoolean("active"),
                0,
                rs.getLong("version"));
    }
}
