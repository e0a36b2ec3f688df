package dev.toitsu.organization;

import dev.toitsu.shared.Permission;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the organization directory for other modules: who a person is, what they hold, which units lie
 * below a unit. Answers are records; nothing here checks the current actor (callers do).
 */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {

    private final JdbcClient jdbc;

    OrganizationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PersonProfile> person(UUID personId) {
        return jdbc.sql("""
                        select p.id, p.organization_id, o.name as organization_name, p.unit_id, u.name as unit_name,
                               p.family_name || ' ' || p.given_name as display_name, p.email, p.active
                        from person p join organization o on o.id = p.organization_id
                        left join unit u on u.id = p.unit_id
                        where p.id = :id""").param("id", personId).query(PersonProfile.class).optional();
    }

    /** The roles a person holds on the given day, with the permissions each grants. */
    public List<RoleGrant> grantsOf(UUID personId, LocalDate on) {
        return jdbc.sql("""
                        select r.code, r.name, r.name_en, a.scope_kind, a.scope_id,
                               coalesce(u.name, o.name) as scope_name, r.permissions
                        from role_assignment a
                        join role_definition r on r.id = a.role_id and r.active
                        join organization o on o.id = a.organization_id
                        left join unit u on a.scope_kind = 'UNIT' and u.id = a.scope_id
                        where a.person_id = :person and a.starts_on <= :on and (a.ends_on is null or a.ends_on >= :on)
                        order by r.sort_order, r.code""")
                .param("person", personId)
                .param("on", on)
                .query((rs, row) -> new RoleGrant(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        ScopeKind.valueOf(rs.getString(4)),
                        rs.getObject(5, UUID.class),
                        rs.getString(6),
                        permissions((String[]) rs.getArray(7).getArray())))
                .list();
    }

    /** The unit and every unit below it, for unit-scoped permissions. */
    public Set<UUID> unitWithDescendants(UUID unitId) {
        return jdbc.sql("""
                        with recursive tree(id) as (
                            select id from unit where id = :unit
                            union all
                            select u.id from unit u join tree t on u.parent_id = t.id)
                        select id from tree""").param("unit", unitId).query(UUID.class).set();
    }

    public Optional<String> organizationName(UUID organizationId) {
        return jdbc.sql("select name from organization where id = :id")
                .param("id", organizationId)
                .query(String.class)
                .optional();
    }

    /** The organization with this code, e.g. to find out whether start-up data is already loaded. */
    public Optional<UUID> organizationByCode(String code) {
        return jdbc.sql("select id from organization where code = :code")
                .param("code", code)
                .query(UUID.class)
                .optional();
    }

    /** The person with this employee number in the organization. */
    public Optional<UUID> personByEmployeeNumber(UUID organizationId, String employeeNumber) {
        return jdbc.sql("select id from person where organization_id = :org and employee_number = :number")
                .param("org", organizationId)
                .param("number", employeeNumber)
                .query(UUID.class)
                .optional();
    }

    private static Set<Permission> permissions(String[] names) {
        return names.length == 0
                ? Set.of()
                : EnumSet.copyOf(
                        java.util.Arrays.stream(names).map(Permission::valueOf).collect(Collectors.toSet()));
    }
}
