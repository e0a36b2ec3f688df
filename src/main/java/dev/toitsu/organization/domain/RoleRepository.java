package dev.toitsu.organization.domain;

import dev.toitsu.organization.RoleDefinition;
import dev.toitsu.organization.RoleDraft;
import dev.toitsu.organization.ScopeKind;
import dev.toitsu.shared.Permission;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RoleRepository {

    private static final String SELECT = """
            select id, code, name, name_en, description, standard_role, scope_kind, permissions, contact_list,
                   sort_order, active, version
            from role_definition""";

    private final JdbcClient jdbc;

    RoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RoleDefinition> all(UUID organizationId) {
        return jdbc.sql(SELECT + " where organization_id = ? order by sort_order, code")
                .param(organizationId)
                .query(RoleRepository::map)
                .list();
    }

    public Optional<RoleDefinition> find(UUID organizationId, UUID id) {
        return jdbc.sql(SELECT + " where organization_id = ? and id = ?")
                .params(organizationId, id)
                .query(RoleRepository::map)
                .optional();
    }

    public Optional<RoleDefinition> findByCode(UUID organizationId, String code) {
        return jdbc.sql(SELECT + " where organization_id = ? and code = ?")
                .params(organizationId, code)
                .query(RoleRepository::map)
                .optional();
    }

    /** Seeds the standard roles in one batch (a new organization). */
    public void seedStandard(UUID organizationId) {
        int order = 0;
        for (StandardRoles.Seed seed : StandardRoles.ALL) {
            order += 10;
            jdbc.sql("""
                            insert into role_definition (organization_id, code, name, name_en, description, standard_role,
                                scope_kind, permissions, contact_list, sort_order)
                            values (?, ?, ?, ?, ?, true, ?, ?::text[], ?, ?)""")
                    .params(
                            organizationId,
                            seed.code(),
                            seed.name(),
                            seed.nameEn(),
                            seed.description(),
                            seed.scopeKind().name(),
                            names(seed.permissions()),
                            seed.contactList(),
                            order)
                    .update();
        }
    }

    public UUID insert(UUID organizationId, RoleDraft draft) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into role_definition (id, organization_id, code, name, name_en, description, standard_role,
                            scope_kind, permissions, contact_list, sort_order)
                        values (?, ?, ?, ?, ?, ?, false, ?, ?::text[], ?,
                                (select coalesce(max(sort_order), 0) + 10 from role_definition where organization_id = ?))""")
                .params(
                        id,
                        organizationId,
                        draft.code(),
                        draft.name(),
                        draft.nameEn(),
                        draft.description(),
                        draft.scopeKind().name(),
                        names(draft.permissions()),
                        draft.contactList(),
                        organizationId)
                .update();
        return id;
    }

    public void revise(UUID id, long version, RoleDraft draft) {
        Versions.requireUpdated(jdbc.sql("""
                        update role_definition set name = ?, name_en = ?, description = ?, permissions = ?::text[],
                            contact_list = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(
                        draft.name(),
                        draft.nameEn(),
                        draft.description(),
                        names(draft.permissions()),
                        draft.contactList(),
                        id,
                        version)
                .update());
    }

    public void activate(UUID id, long version, boolean active) {
        Versions.requireUpdated(
                jdbc.sql("update role_definition set active = ?, version = version + 1 where id = ? and version = ?")
                        .params(active, id, version)
                        .update());
    }

    private static String names(Set<Permission> permissions) {
        return "{"
                + String.join(",", permissions.stream().map(Enum::name).sorted().toList()) + "}";
    }

    static RoleDefinition map(ResultSet rs, int row) throws SQLException {
        String[] permissions = (String[]) rs.getArray("permissions").getArray();
        Set<Permission> set = EnumSet.noneOf(Permission.class);
        Arrays.stream(permissions).map(Permission::valueOf).forEach(set::add);
        return new RoleDefinition(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("name_en"),
                rs.getString("description"),
                rs.getBoolean("standard_role"),
                ScopeKind.valueOf(rs.getString("scope_kind")),
                set,
                rs.getBoolean("contact_list"),
                rs.getInt("sort_order"),
                rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
