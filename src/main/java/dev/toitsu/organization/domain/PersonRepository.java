package dev.toitsu.organization.domain;

import dev.toitsu.organization.Person;
import dev.toitsu.organization.PersonDraft;
import dev.toitsu.organization.PersonKind;
import dev.toitsu.organization.PersonPage;
import dev.toitsu.organization.PersonQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PersonRepository {

    private static final String COLUMNS = """
            p.id, p.employee_number, p.family_name, p.given_name, p.family_name_kana, p.given_name_kana, p.kind,
            p.unit_id, u.name as unit_name, p.job_title, p.superior_id,
            s.family_name || ' ' || s.given_name as superior_name, p.email, p.phone, p.joined_on, p.unit_since,
            p.active, p.version""";
    private static final String FROM =
            " from person p left join unit u on u.id = p.unit_id left join person s on s.id = p.superior_id";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page in one statement: the unit filter takes the unit's subtree (recursive), the text matches the
     * generated {@code search_text} (trigram index), and the total comes from a window count.
     */
    public PersonPage page(UUID organizationId, PersonQuery query, int page, int size) {
        String sql = "with recursive tree(id) as ("
                + " select id from unit where id = :unit and organization_id = :org"
                + " union all select u.id from unit u join tree t on u.parent_id = t.id)"
                + " select " + COLUMNS + ", count(*) over () as total" + FROM
                + " where p.organization_id = :org"
                + (query.includeInactive() ? "" : " and p.active")
                + (query.unitId() == null ? "" : " and p.unit_id in (select id from tree)")
                + (query.text() == null ? "" : " and p.search_text like :text escape '\\'")
                + " order by p.family_name_kana nulls last, p.given_name_kana nulls last, p.family_name, p.id"
                + " limit :limit offset :offset";
        long[] total = {0};
        List<Person> people = new ArrayList<>();
        jdbc.sql(sql)
                .param("org", organizationId)
                .param("unit", query.unitId() == null ? new UUID(0, 0) : query.unitId())
                .param("text", query.text() == null ? "" : "%" + likeEscape(query.text()) + "%")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(rs -> {
                    total[0] = rs.getLong("total");
                    people.add(map(rs, 0));
                });
        if (people.isEmpty() && page > 0) {
            // past the end: count once to tell the pager where the end is
            long count = page(organizationId, query, 0, 1).total();
            return new PersonPage(List.of(), page, size, count);
        }
        return new PersonPage(people, page, size, total[0]);
    }

    static String likeEscape(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
                .replaceAll("[\\s\u3000]+", "");
    }

    public Optional<Person> find(UUID organizationId, UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where p.organization_id = ? and p.id = ?")
                .params(organizationId, id)
                .query(PersonRepository::map)
                .optional();
    }

    public Optional<Person> findByEmployeeNumber(UUID organizationId, String number) {
        return jdbc.sql("select " + COLUMNS + FROM + " where p.organization_id = ? and p.employee_number = ?")
                .params(organizationId, number)
                .query(PersonRepository::map)
                .optional();
    }

    /** Everyone of the organization who has an employee number, active or not: what a personnel file is matched to. */
    public List<Person> withEmployeeNumbers(UUID organizationId) {
        return jdbc.sql("select " + COLUMNS + FROM
                        + " where p.organization_id = ? and p.employee_number is not null order by p.employee_number")
                .params(organizationId)
                .query(PersonRepository::map)
                .list();
    }

    public List<Person> inUnit(UUID organizationId, UUID unitId) {
        return jdbc.sql("select " + COLUMNS + FROM
                        + " where p.organization_id = ? and p.unit_id = ? and p.active"
                        + " order by p.family_name_kana nulls last, p.given_name_kana nulls last, p.id")
                .params(organizationId, unitId)
                .query(PersonRepository::map)
                .list();
    }

    public boolean employeeNumberTaken(UUID organizationId, String number, UUID except) {
        return number != null
                && jdbc.sql(
                                "select count(*) > 0 from person where organization_id = ? and employee_number = ? and id <> ?")
                        .params(organizationId, number, except == null ? new UUID(0, 0) : except)
                        .query(Boolean.class)
                        .single();
    }

    public UUID insert(UUID organizationId, PersonDraft draft, LocalDate unitSince) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into person (id, organization_id, unit_id, employee_number, family_name, given_name,
                            family_name_kana, given_name_kana, email, phone, kind, job_title, superior_id, joined_on,
                            unit_since)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        organizationId,
                        draft.unitId(),
                        draft.employeeNumber(),
                        draft.familyName(),
                        draft.givenName(),
                        draft.familyNameKana(),
                        draft.givenNameKana(),
                        draft.email(),
                        draft.phone(),
                        draft.kind().name(),
                        draft.jobTitle(),
                        draft.superiorId(),
                        draft.joinedOn(),
                        unitSince)
                .update();
        return id;
    }

    public void revise(UUID id, long version, PersonDraft draft, LocalDate unitSince) {
        Versions.requireUpdated(jdbc.sql("""
                        update person set unit_id = ?, employee_number = ?, family_name = ?, given_name = ?,
                            family_name_kana = ?, given_name_kana = ?, email = ?, phone = ?, kind = ?, job_title = ?,
                            superior_id = ?, joined_on = ?, unit_since = ?, version = version + 1
                        where id = ? and version = ?""")
                .params(
                        draft.unitId(),
                        draft.employeeNumber(),
                        draft.familyName(),
                        draft.givenName(),
                        draft.familyNameKana(),
                        draft.givenNameKana(),
                        draft.email(),
                        draft.phone(),
                        draft.kind().name(),
                        draft.jobTitle(),
                        draft.superiorId(),
                        draft.joinedOn(),
                        unitSince,
                        id,
                        version)
                .update());
    }

    public void activate(UUID id, long version, boolean active) {
        Versions.requireUpdated(
                jdbc.sql("update person set active = ?, version = version + 1 where id = ? and version = ?")
                        .params(active, id, version)
                        .update());
    }

    /** The person's superior, the superior's superior ... (stops at a cycle). */
    public List<UUID> superiorsOf(UUID id) {
        return jdbc.sql("""
                        with recursive up(id, depth) as (
                            select superior_id, 1 from person where id = ? and superior_id is not null
                            union all
                            select p.superior_id, up.depth + 1 from person p join up on p.id = up.id
                            where p.superior_id is not null and up.depth < 50)
                        select id from up order by depth""").param(id).query(UUID.class).list();
    }

    static Person map(ResultSet rs, int row) throws SQLException {
        return new Person(
                rs.getObject("id", UUID.class),
                rs.getString("employee_number"),
                rs.getString("family_name"),
                rs.getString("given_name"),
                rs.getString("family_name_kana"),
                rs.getString("given_name_kana"),
                PersonKind.valueOf(rs.getString("kind")),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"),
                rs.getString("job_title"),
                rs.getObject("superior_id", UUID.class),
                rs.getString("superior_name"),
                rs.getString("email"),
                rs.getString("phone"),
                rs.getObject("joined_on", LocalDate.class),
                rs.getObject("unit_since", LocalDate.class),
                rs.getBoolean("active"),
                rs.getLong("version"));
    }
}
