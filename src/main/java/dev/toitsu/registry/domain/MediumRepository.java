package dev.toitsu.registry.domain;

import static dev.toitsu.registry.domain.Sql.date;
import static dev.toitsu.registry.domain.Sql.enumOf;

import dev.toitsu.registry.DisposalMethod;
import dev.toitsu.registry.ExternalMedium;
import dev.toitsu.registry.MediumDraft;
import dev.toitsu.registry.MediumKind;
import dev.toitsu.registry.MediumLoan;
import dev.toitsu.registry.MediumStatus;
import dev.toitsu.registry.RegisterPage;
import dev.toitsu.shared.ConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 外部電磁的記録媒体管理台帳 and its lending records. */
@Repository
public class MediumRepository {

    private static final String COLUMNS = """
            m.id, m.code, m.kind, m.description, m.unit_id, u.name as unit_name, m.custodian_id,
            c.family_name || ' ' || c.given_name as custodian_name, m.max_confidentiality, m.encrypted, m.status,
            m.disposal_method, m.disposed_on, m.disposal_record, m.version,
            l.id as loan_id, l.borrower_id, b.family_name || ' ' || b.given_name as borrower_name, l.purpose, l.lent_on,
            l.due_on, l.returned_on, l.lent_by, l.returned_to""";
    private static final String FROM = """
             from external_medium m join unit u on u.id = m.unit_id left join person c on c.id = m.custodian_id
            left join medium_loan l on l.medium_id = m.id and l.returned_on is null
            left join person b on b.id = l.borrower_id""";

    private final JdbcClient jdbc;

    MediumRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ExternalMedium> find(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where m.organization_id = :org and m.id = :id")
                .param("org", org)
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    /** The highest confidentiality each medium may hold, by id. */
    public Map<UUID, String> maxConfidentiality(UUID org) {
        Map<UUID, String> max = new HashMap<>();
        jdbc.sql("select id, max_confidentiality from external_medium where organization_id = :org")
                .param("org", org)
                .query(rs -> {
                    max.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return max;
    }

    public Map<String, UUID> idsByCode(UUID org) {
        Map<String, UUID> ids = new HashMap<>();
        jdbc.sql("select code, id from external_medium where organization_id = :org")
                .param("org", org)
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getObject(2, UUID.class));
                });
        return ids;
    }

    public RegisterPage<ExternalMedium> page(
            RegisterScope scope, String text, MediumStatus status, int page, int size) {
        String sql = "select " + COLUMNS + ", count(*) over () as total" + FROM + " where m.organization_id = :org"
                + Sql.scopeCondition(scope, "m.unit_id", null)
                + (text == null
                        ? ""
                        : " and lower(m.code || ' ' || coalesce(m.description, '')) like :text escape '\\'")
                + (status == null ? " and m.status <> 'DISPOSED'" : " and m.status = :status")
                + " order by m.code, m.id limit :limit offset :offset";
        long[] total = {0};
        List<ExternalMedium> items = new ArrayList<>();
        jdbc.sql(sql)
                .param("org", scope.organizationId())
                .param("scopeUnits", scope.unitArray())
                .param("text", text == null ? "" : Sql.like(text))
                .param("status", status == null ? "" : status.name())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(rs -> {
                    total[0] = rs.getLong("total");
                    items.add(map(rs));
                });
        return new RegisterPage<>(items, page, size, total[0]);
    }

    public List<MediumLoan> loans(UUID mediumId) {
        return jdbc.sql("""
                        select l.id as loan_id, l.borrower_id, b.family_name || ' ' || b.given_name as borrower_name,
                               l.purpose, l.lent_on, l.due_on, l.returned_on, l.lent_by, l.returned_to
                        from medium_loan l join person b on b.id = l.borrower_id
                        where l.medium_id = :id order by l.lent_on desc, l.id""").param("id", mediumId).query((rs, n) -> loan(rs)).list();
    }

    public boolean codeTaken(UUID org, String code, UUID except) {
        return jdbc.sql("select count(*) from external_medium where organization_id = :org and code = :code"
                                + " and id <> :except")
                        .param("org", org)
                        .param("code", code)
                        .param("except", except == null ? new UUID(0, 0) : except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public UUID insert(UUID org, MediumDraft d) {
        return jdbc.sql("""
                        insert into external_medium (organization_id, code, kind, description, unit_id, custodian_id,
                            max_confidentiality, encrypted)
                        values (:org, :code, :kind, :description, :unit, :custodian, :max, :encrypted) returning id""").params(params(org, d)).query(UUID.class).single();
    }

    public void update(UUID id, long version, MediumDraft d) {
        int rows = jdbc.sql("""
                        update external_medium set code = :code, kind = :kind, description = :description, unit_id = :unit,
                            custodian_id = :custodian, max_confidentiality = :max, encrypted = :encrypted,
                            version = version + 1
                        where id = :id and version = :version""")
                .params(params(null, d))
                .param("id", id)
                .param("version", version)
                .update();
        if (rows == 0) {
            throw new ConflictException("error.conflict");
        }
    }

    public void changeStatus(UUID id, long version, MediumStatus status) {
        int rows = jdbc.sql("update external_medium set status = :status, version = version + 1"
                        + " where id = :id and version = :version")
                .param("status", status.name())
                .param("id", id)
                .param("version", version)
                .update();
        if (rows == 0) {
            throw new ConflictException("error.conflict");
        }
    }

    public void dispose(UUID id, long version, DisposalMethod method, LocalDate on, String record) {
        int rows = jdbc.sql("""
                        update external_medium set status = 'DISPOSED', disposal_method = :method, disposed_on = :on,
                            disposal_record = :record, version = version + 1
                        where id = :id and version = :version""")
                .param("method", method.name())
                .param("on", on)
                .param("record", record)
                .param("id", id)
                .param("version", version)
                .update();
        if (rows == 0) {
            throw new ConflictException("error.conflict");
        }
    }

    public void lend(UUID mediumId, UUID borrower, String purpose, LocalDate on, LocalDate due, String by) {
        jdbc.sql("""
                        insert into medium_loan (medium_id, borrower_id, purpose, lent_on, due_on, lent_by)
                        values (:m, :b, :purpose, :on, :due, :by)""")
                .param("m", mediumId)
                .param("b", borrower)
                .param("purpose", purpose)
                .param("on", on)
                .param("due", due)
                .param("by", by)
                .update();
    }

    public void closeLoan(UUID mediumId, LocalDate on, String to) {
        jdbc.sql(
                        "update medium_loan set returned_on = :on, returned_to = :to where medium_id = :m and returned_on is null")
                .param("m", mediumId)
                .param("on", on)
                .param("to", to)
                .update();
    }

    private static Map<String, Object> params(UUID org, MediumDraft d) {
        Map<String, Object> p = new HashMap<>();
        p.put("org", org);
        p.put("code", d.code());
        p.put("kind", d.kind().name());
        p.put("description", d.description());
        p.put("unit", d.unitId());
        p.put("custodian", d.custodianId());
        p.put("max", d.maxConfidentiality());
        p.put("encrypted", d.encrypted());
        return p;
    }

    private static ExternalMedium map(ResultSet rs) throws SQLException {
        return new ExternalMedium(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                MediumKind.valueOf(rs.getString("kind")),
                rs.getString("description"),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"),
                rs.getObject("custodian_id", UUID.class),
                rs.getString("custodian_name"),
                rs.getString("max_confidentiality"),
                rs.getBoolean("encrypted"),
                MediumStatus.valueOf(rs.getString("status")),
                enumOf(DisposalMethod.class, rs.getString("disposal_method")),
                date(rs, "disposed_on"),
                rs.getString("disposal_record"),
                rs.getObject("loan_id", UUID.class) == null ? null : loan(rs),
                rs.getLong("version"));
    }

    private static MediumLoan loan(ResultSet rs) throws SQLException {
        return new MediumLoan(
                rs.getObject("loan_id", UUID.class),
                rs.getObject("borrower_id", UUID.class),
                rs.getString("borrower_name"),
                rs.getString("purpose"),
                date(rs, "lent_on"),
                date(rs, "due_on"),
                date(rs, "returned_on"),
                rs.getString("lent_by"),
                rs.getString("returned_to"));
    }
}
