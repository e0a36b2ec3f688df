package dev.toitsu.registry.domain;

import dev.toitsu.registry.Importance;
import dev.toitsu.registry.ImportanceCriterion;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 重要度 criteria and applicability rules: an organization's own rows, or the defaults (organization NULL) while it
 * has none.
 */
@Repository
public class CriterionRepository {

    private final JdbcClient jdbc;

    CriterionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ImportanceCriterion> criteria(UUID org) {
        return jdbc.sql("""
                        select code, importance, text, text_en, derivation, source, sort_order from importance_criterion
                        where active and organization_id is not distinct from (
                            select organization_id from importance_criterion where organization_id = :org limit 1)
                        order by sort_order, code""")
                .param("org", org)
                .query((rs, n) -> new ImportanceCriterion(
                        rs.getString(1),
                        Importance.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7)))
                .list();
    }

    public boolean hasOwnCriteria(UUID org) {
        return jdbc.sql("select count(*) from importance_criterion where organization_id = :org")
                        .param("org", org)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Copies the defaults into the organization, so that it can change them. */
    public void copyDefaults(UUID org) {
        jdbc.sql("""
                        insert into importance_criterion (organization_id, code, importance, text, text_en, derivation,
                            source, sort_order)
                        select :org, code, importance, text, text_en, derivation, source, sort_order
                        from importance_criterion where organization_id is null""").param("org", org).update();
    }

    public void save(UUID org, ImportanceCriterion c) {
        int rows = jdbc.sql("""
                        update importance_criterion set importance = :importance, text = :text, text_en = :textEn,
                            sort_order = :sortOrder, active = true
                        where organization_id = :org and code = :code""")
                .param("org", org)
                .param("code", c.code())
                .param("importance", c.importance().name())
                .param("text", c.text())
                .param("textEn", c.textEn())
                .param("sortOrder", c.sortOrder())
                .update();
        if (rows == 0) {
            jdbc.sql("""
                            insert into importance_criterion (organization_id, code, importance, text, text_en, source,
                                sort_order) values (:org, :code, :importance, :text, :textEn, :source, :sortOrder)""")
                    .param("org", org)
                    .param("code", c.code())
                    .param("importance", c.importance().name())
                    .param("text", c.text())
                    .param("textEn", c.textEn())
                    .param("source", c.source())
                    .param("sortOrder", c.sortOrder())
                    .update();
        }
    }

    public int retire(UUID org, String code) {
        return jdbc.sql("update importance_criterion set active = false where organization_id = :org and code = :code")
                .param("org", org)
                .param("code", code)
                .update();
    }

    public List<ApplicabilityPolicy.Rule> rules(UUID org, String edition) {
        return jdbc.sql("""
                        select node_prefix, condition, note from applicability_rule
                        where edition_code = :edition and organization_id is not distinct from (
                            select organization_id from applicability_rule where organization_id = :org
                            and edition_code = :edition limit 1)
                        order by node_prefix""")
                .param("org", org)
                .param("edition", edition)
                .query((rs, n) -> new ApplicabilityPolicy.Rule(
                        rs.getString(1), ApplicabilityCondition.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /** The rules of an edition with their source: the organization's own, or the defaults while it has none. */
    public List<RuleRow> ruleRows(UUID org, String edition) {
        return jdbc.sql("""
                        select node_prefix, condition, note, source from applicability_rule
                        where edition_code = :edition and organization_id is not distinct from (
                            select organization_id from applicability_rule where organization_id = :org
                            and edition_code = :edition limit 1)
                        order by node_prefix""")
                .param("org", org)
                .param("edition", edition)
                .query((rs, n) -> new RuleRow(
                        rs.getString(1),
                        ApplicabilityCondition.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    public record RuleRow(String prefix, ApplicabilityCondition condition, String note, String source) {}

    public boolean hasOwnRules(UUID org, String edition) {
        return jdbc.sql("select count(*) from applicability_rule where organization_id = :org and edition_code = :e")
                        .param("org", org)
                        .param("e", edition)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Copies the default rules of an edition into the organization, so that it can change them. */
    public void copyDefaultRules(UUID org, String edition) {
        jdbc.sql("""
                        insert into applicability_rule (organization_id, edition_code, node_prefix, condition, note,
                            source)
                        select :org, edition_code, node_prefix, condition, note, source
                        from applicability_rule where organization_id is null and edition_code = :e""").param("org", org).param("e", edition).update();
    }

    public void saveRule(UUID org, String edition, String prefix, ApplicabilityCondition condition, String note) {
        int rows = jdbc.sql("""
                        update applicability_rule set condition = :condition, note = :note, source = :source
                        where organization_id = :org and edition_code = :e and node_prefix = :prefix""")
                .param("org", org)
                .param("e", edition)
                .param("prefix", prefix)
                .param("condition", condition.name())
                .param("note", note)
                .param("source", OWN_SOURCE)
                .update();
        if (rows == 0) {
            jdbc.sql("""
                            insert into applicability_rule (organization_id, edition_code, node_prefix, condition,
                                note, source) values (:org, :e, :prefix, :condition, :note, :source)""")
                    .param("org", org)
                    .param("e", edition)
                    .param("prefix", prefix)
                    .param("condition", condition.name())
                    .param("note", note)
                    .param("source", OWN_SOURCE)
                    .update();
        }
    }

    public int removeRule(UUID org, String edition, String prefix) {
        return jdbc.sql("delete from applicability_rule where organization_id = :org and edition_code = :e"
                        + " and node_prefix = :prefix")
                .param("org", org)
                .param("e", edition)
                .param("prefix", prefix)
                .update();
    }

    /** The source recorded for a rule or criterion an organization wrote itself. */
    public static final String OWN_SOURCE = "organization";
}
