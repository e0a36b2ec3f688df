package dev.toitsu.classification.domain;

import dev.toitsu.classification.Decision;
import dev.toitsu.classification.RuleDraft;
import dev.toitsu.classification.RuleNoteKind;
import dev.toitsu.classification.RuleTable;
import dev.toitsu.classification.TransmissionRule;
import dev.toitsu.shared.ConflictException;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rule tables with their channels, destinations, cells and notes. */
@Repository
public class RuleTableRepository {

    private final JdbcClient jdbc;

    RuleTableRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> codes(UUID org) {
        return jdbc.sql("select code from transmission_rule_table where organization_id = :org order by code")
                .param("org", org)
                .query(String.class)
                .list();
    }

    public Optional<RuleTable> find(UUID org, String code) {
        record Head(
                UUID id, String code, String title, String clause, String document, String footnote, long version) {}
        Optional<Head> head = jdbc.sql("""
                        select id, code, title, source_clause, source_document, footnote, version
                        from transmission_rule_table where organization_id = :org and code = :code""")
                .param("org", org)
                .param("code", code)
                .query((rs, n) -> new Head(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getLong(7)))
                .optional();
        return head.map(h -> new RuleTable(
                h.code(),
                h.title(),
                h.clause(),
                h.document(),
                h.footnote(),
                jdbc.sql(
                                "select code, name, name_en, note from transmission_channel where table_id = :t order by sort_order")
                        .param("t", h.id())
                        .query((rs, n) -> new RuleTable.Channel(
                                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        .list(),
                jdbc.sql(
                                "select code, name, name_en from transmission_destination where table_id = :t order by sort_order")
                        .param("t", h.id())
                        .query((rs, n) -> new RuleTable.Destination(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .list(),
                jdbc.sql("""
                                select r.level_code, r.channel_code, r.destination_code, r.decision, r.conditions,
                                       r.cell_text, r.interpretation
                                from transmission_rule r
                                join transmission_channel c on c.table_id = r.table_id and c.code = r.channel_code
                                join transmission_destination d on d.table_id = r.table_id and d.code = r.destination_code
                                where r.table_id = :t order by r.level_code, c.sort_order, d.sort_order""")
                        .param("t", h.id())
                        .query((rs, n) -> new TransmissionRule(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                Decision.valueOf(rs.getString(4)),
                                strings(rs.getArray(5)),
                                rs.getString(6),
                                rs.getString(7)))
                        .list(),
                jdbc.sql("""
                                select kind, level_code, channel_code, clause, text, resolution
                                from transmission_rule_note where table_id = :t order by sort_order""")
                        .param("t", h.id())
                        .query((rs, n) -> new RuleTable.RuleNote(
                                RuleNoteKind.valueOf(rs.getString(1)),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6)))
                        .list(),
                h.version()));
    }

    public void insert(UUID org, RuleTable table) {
        UUID id = jdbc.sql("""
                        insert into transmission_rule_table (organization_id, code, title, source_clause, source_document,
                            footnote) values (:org, :code, :title, :clause, :document, :footnote) returning id""")
                .param("org", org)
                .param("code", table.code())
                .param("title", table.title())
                .param("clause", table.sourceClause())
                .param("document", table.sourceDocument())
                .param("footnote", table.footnote())
                .query(UUID.class)
                .single();
        int order = 0;
        for (RuleTable.Channel c : table.channels()) {
            jdbc.sql("insert into transmission_channel (table_id, code, name, name_en, note, sort_order)"
                            + " values (:t, :code, :name, :nameEn, :note, :order)")
                    .param("t", id)
                    .param("code", c.code())
                    .param("name", c.name())
                    .param("nameEn", c.nameEn())
                    .param("note", c.note())
                    .param("order", order++)
                    .update();
        }
        for (RuleTable.Destination d : table.destinations()) {
            jdbc.sql("insert into transmission_destination (table_id, code, name, name_en, sort_order)"
                            + " values (:t, :code, :name, :nameEn, :order)")
                    .param("t", id)
                    .param("code", d.code())
                    .param("name", d.name())
                    .param("nameEn", d.nameEn())
                    .param("order", order++)
                    .update();
        }
        for (TransmissionRule r : table.rules()) {
            jdbc.sql("""
                            insert into transmission_rule (table_id, level_code, channel_code, destination_code, decision,
                                conditions, cell_text, interpretation)
                            values (:t, :level, :channel, :destination, :decision, :conditions, :text, :interpretation)""")
                    .param("t", id)
                    .param("level", r.levelCode())
                    .param("channel", r.channelCode())
                    .param("destination", r.destinationCode())
                    .param("decision", r.decision().name())
                    .param("conditions", r.conditions().toArray(String[]::new))
                    .param("text", r.cellText())
                    .param("interpretation", r.interpretation())
                    .update();
        }
        for (RuleTable.RuleNote n : table.notes()) {
            jdbc.sql("""
                            insert into transmission_rule_note (table_id, kind, level_code, channel_code, clause, text,
                                resolution, sort_order)
                            values (:t, :kind, :level, :channel, :clause, :text, :resolution, :order)""")
                    .param("t", id)
                    .param("kind", n.kind().name())
                    .param("level", n.levelCode())
                    .param("channel", n.channelCode())
                    .param("clause", n.clause())
                    .param("text", n.text())
                    .param("resolution", n.resolution())
                    .param("order", order++)
                    .update();
        }
    }

    /** Sets one cell (adds it when the table had none), at the table's expected version. */
    public void reviseRule(
            UUID org, String code, long version, String level, String channel, String destination, RuleDraft draft) {
        UUID id = jdbc.sql("""
                        update transmission_rule_table set version = version + 1
                        where organization_id = :org and code = :code and version = :version returning id""")
                .param("org", org)
                .param("code", code)
                .param("version", version)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new ConflictException("error.conflict"));
        jdbc.sql("""
                        insert into transmission_rule (table_id, level_code, channel_code, destination_code, decision,
                            conditions, cell_text, interpretation)
                        values (:t, :level, :channel, :destination, :decision, :conditions, :text, :interpretation)
                        on conflict (table_id, level_code, channel_code, destination_code) do update set
                            decision = excluded.decision, conditions = excluded.conditions, cell_text = excluded.cell_text,
                            interpretation = excluded.interpretation""")
                .param("t", id)
                .param("level", level)
                .param("channel", channel)
                .param("destination", destination)
                .param("decision", draft.decision().name())
                .param("conditions", draft.conditions().toArray(String[]::new))
                .param("text", draft.cellText())
                .param("interpretation", draft.interpretation())
                .update();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
