package dev.toitsu.registry.domain;

import static dev.toitsu.registry.domain.Sql.date;
import static dev.toitsu.registry.domain.Sql.enumOf;

import dev.toitsu.registry.DisposalMethod;
import dev.toitsu.registry.Equipment;
import dev.toitsu.registry.EquipmentDraft;
import dev.toitsu.registry.EquipmentKind;
import dev.toitsu.registry.JcStarAssurance;
import dev.toitsu.registry.RegisterPage;
import dev.toitsu.shared.ConflictException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The 機器等 register. */
@Repository
public class EquipmentRepository {

    private static final String COLUMNS = """
            e.id, e.code, e.kind, e.name, e.unit_id, u.name as unit_name, e.system_id, s.name as system_name,
            e.manufacturer, e.model, e.product_version, e.location, e.issued, e.iot, e.jcstar_level, e.jcstar_assurance,
            e.jcstar_evidence, e.controls_infrastructure, e.status, e.retired_on, e.disposal_method, e.note, e.version""";
    private static final String FROM =
            " from equipment e join unit u on u.id = e.unit_id left join information_system s on s.id = e.system_id";

    private final JdbcClient jdbc;

    EquipmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Equipment> find(UUID org, UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where e.organization_id = :org and e.id = :id")
                .param("org", org)
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    public RegisterPage<Equipment> page(
            RegisterScope scope,
            String text,
            EquipmentKind kind,
            UUID systemId,
            boolean includeRetired,
            int page,
            int size) {
        String sql = "select " + COLUMNS + ", count(*) over () as total" + FROM + " where e.organization_id = :org"
                + Sql.scopeCondition(scope, "e.unit_id", "e.system_id = any(:scopeSystems)")
                + (text == null ? "" : " and e.search_text like :text escape '\\'")
                + (kind == null ? "" : " and e.kind = :kind")
                + (systemId == null ? "" : " and e.system_id = :system")
                + (includeRetired ? "" : " and e.status = 'IN_USE'")
                + " order by e.kind, e.name, e.id limit :limit offset :offset";
        long[] total = {0};
        List<Equipment> items = new ArrayList<>();
        jdbc.sql(sql)
                .param("org", scope.organizationId())
                .param("scopeUnits", scope.unitArray())
                .param("scopeSystems", scope.systemArray())
                .param("text", text == null ? "" : Sql.like(text))
                .param("kind", kind == null ? "" : kind.name())
                .param("system", systemId == null ? new UUID(0, 0) : systemId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(rs -> {
                    total[0] = rs.getLong("total");
                    items.add(map(rs));
                });
        return new RegisterPage<>(items, page, size, total[0]);
    }

    public boolean codeTaken(UUID org, String code, UUID except) {
        return jdbc.sql(
                                "select count(*) from equipment where organization_id = :org and code = :code and id <> :except")
                        .param("org", org)
                        .param("code", code)
                        .param("except", except == null ? new UUID(0, 0) : except)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public UUID insert(UUID org, EquipmentDraft d) {
        return jdbc.sql("""
                        insert into equipment (organization_id, code, kind, name, unit_id, system_id, manufacturer, model,
                            product_version, location, issued, iot, jcstar_level, jcstar_assurance, jcstar_evidence,
                            controls_infrastructure, status, retired_on, disposal_method, note)
                        values (:org, :code, :kind, :name, :unit, :system, :manufacturer, :model, :productVersion,
                            :location, :issued, :iot, :level, :assurance, :evidence, :infra, :status, :retiredOn,
                            :disposal, :note) returning id""").params(params(org, d)).query(UUID.class).single();
    }

    public void update(UUID id, long version, EquipmentDraft d) {
        int rows = jdbc.sql("""
                        update equipment set code = :code, kind = :kind, name = :name, unit_id = :unit, system_id = :system,
                            manufacturer = :manufacturer, model = :model, product_version = :productVersion,
                            location = :location, issued = :issued, iot = :iot, jcstar_level = :level,
                            jcstar_assurance = :assurance, jcstar_evidence = :evidence, controls_infrastructure = :infra,
                            status = :status, retired_on = :retiredOn, disposal_method = :disposal, note = :note,
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

    private static Map<String, Object> params(UUID org, EquipmentDraft d) {
        Map<String, Object> p = new HashMap<>();
        p.put("org", org);
        p.put("code", d.code());
        p.put("kind", d.kind().name());
        p.put("name", d.name());
        p.put("unit", d.unitId());
        p.put("system", d.systemId());
        p.put("manufacturer", d.manufacturer());
        p.put("model", d.model());
        p.put("productVersion", d.productVersion());
        p.put("location", d.location());
        p.put("issued", d.issued());
        p.put("iot", d.iot());
        p.put("level", d.jcStarLevel());
        p.put(
                "assurance",
                d.jcStarAssurance() == null ? null : d.jcStarAssurance().name());
        p.put("evidence", d.jcStarEvidence());
        p.put("infra", d.controlsInfrastructure());
        p.put("status", d.retiredOn() == null ? "IN_USE" : "RETIRED");
        p.put("retiredOn", d.retiredOn());
        p.put("disposal", d.disposalMethod() == null ? null : d.disposalMethod().name());
        p.put("note", d.note());
        return p;
    }

    private static Equipment map(ResultSet rs) throws SQLException {
        return new Equipment(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                EquipmentKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"),
                rs.getObject("system_id", UUID.class),
                rs.getString("system_name"),
                rs.getString("manufacturer"),
                rs.getString("model"),
                rs.getString("product_version"),
                rs.getString("location"),
                Sql.bool(rs, "issued"),
                rs.getBoolean("iot"),
                Sql.integer(rs, "jcstar_level"),
                enumOf(JcStarAssurance.class, rs.getString("jcstar_assurance")),
                rs.getString("jcstar_evidence"),
                rs.getBoolean("controls_infrastructure"),
                "RETIRED".equals(rs.getString("status")),
                date(rs, "retired_on"),
                enumOf(DisposalMethod.class, rs.getString("disposal_method")),
                rs.getString("note"),
                rs.getLong("version"));
    }
}
