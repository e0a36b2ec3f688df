package dev.toitsu.standard.domain;

import dev.toitsu.shared.ConflictException;
import dev.toitsu.standard.ImpactItem;
import dev.toitsu.standard.ImpactStatus;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The revision impact worklist (table {@code revision_impact_item}). */
@Repository
public class ImpactItemStore {

    private final JdbcClient jdbc;

    ImpactItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A change to record; recording it again does nothing. */
    public record NewItem(String changeType, String fromNode, String toNode, String label, List<String> clauses) {}

    /** Inserts the items not recorded yet for this version and edition pair; answers how many were new. */
    public int record(UUID versionId, String fromEdition, String toEdition, List<NewItem> items, String by) {
        int added = 0;
        for (NewItem item : items) {
            added += jdbc.sql("""
                            insert into revision_impact_item
                                (version_id, from_edition, to_edition, change_type, from_node, to_node, label, clauses,
                                 created_by)
                            values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?)
                            on conflict (version_id, from_edition, to_edition, change_type, from_node, to_node)
                            do nothing""")
                    .params(
                            versionId,
                            fromEdition,
                            toEdition,
                            item.changeType(),
                            item.fromNode() == null ? "" : item.fromNode(),
                            item.toNode() == null ? "" : item.toNode(),
                            item.label() == null ? "" : item.label(),
                            StandardStore.arrayLiteral(item.clauses()),
                            by)
                    .update();
        }
        return added;
    }

    public List<ImpactItem> items(UUID versionId, String fromEdition, String toEdition) {
        return jdbc.sql("""
                        select * from revision_impact_item
                         where version_id = ? and from_edition = ? and to_edition = ?
                         order by case status when 'OPEN' then 0 else 1 end, (from_node = ''), from_node, to_node""")
                .params(versionId, fromEdition, toEdition)
                .query(ImpactItemStore::item)
                .list();
    }

    public Optional<ImpactItem> item(UUID versionId, UUID itemId) {
        return jdbc.sql("select * from revision_impact_item where version_id = ? and id = ?")
                .params(versionId, itemId)
                .query(ImpactItemStore::item)
                .optional();
    }

    /** The edition pairs the version has recorded items for, newest first. */
    public List<String[]> pairs(UUID versionId) {
        return jdbc.sql("""
                        select from_edition, to_edition from revision_impact_item where version_id = ?
                         group by from_edition, to_edition order by max(created_at) desc""")
                .param(versionId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
    }

    /** Saves owner, due date and status if nobody changed the item since {@code expected}. */
    public void update(
            UUID itemId,
            long expected,
            UUID ownerPersonId,
            String ownerName,
            LocalDate dueOn,
            ImpactStatus status,
            String reason,
            String by,
            Instant at) {
        int updated = jdbc.sql("""
                        update revision_impact_item
                           set owner_person_id = ?, owner_name = ?, due_on = ?, status = ?, reason = ?,
                               updated_by = ?, updated_at = ?, version = version + 1
                         where id = ? and version = ?""")
                .params(
                        ownerPersonId,
                        ownerName,
                        dueOn == null ? null : Date.valueOf(dueOn),
                        status.name(),
                        reason,
                        by,
                        Timestamp.from(at),
                        itemId,
                        expected)
                .update();
        if (updated == 0) {
            throw new ConflictException("error.conflict");
        }
    }

    private static ImpactItem item(ResultSet rs, int n) throws SQLException {
        Array clauses = rs.getArray("clauses");
        Date due = rs.getDate("due_on");
        Timestamp updated = rs.getTimestamp("updated_at");
        return new ImpactItem(
                rs.getObject("id", UUID.class),
                rs.getObject("version_id", UUID.class),
                rs.getString("from_edition"),
                rs.getString("to_edition"),
                rs.getString("change_type"),
                rs.getString("from_node"),
                rs.getString("to_node"),
                rs.getString("label"),
                clauses == null ? List.of() : List.of((String[]) clauses.getArray()),
                ImpactStatus.valueOf(rs.getString("status")),
                rs.getString("reason"),
                rs.getObject("owner_person_id", UUID.class),
                rs.getString("owner_name"),
                due == null ? null : due.toLocalDate(),
                rs.getString("updated_by"),
                updated == null ? null : updated.toInstant(),
                rs.getLong("version"));
    }
}
