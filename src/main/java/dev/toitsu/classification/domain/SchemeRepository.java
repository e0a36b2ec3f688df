package dev.toitsu.classification.domain;

import dev.toitsu.classification.Axis;
import dev.toitsu.classification.ClassificationScheme;
import dev.toitsu.classification.HandlingRestriction;
import dev.toitsu.classification.Level;
import dev.toitsu.classification.LevelDraft;
import dev.toitsu.classification.RestrictionDraft;
import dev.toitsu.classification.SchemeRevision;
import dev.toitsu.classification.SchemeTemplate;
import dev.toitsu.shared.ConflictException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The scheme tables; every change bumps the revision and stores a snapshot (see V7_1). */
@Repository
public class SchemeRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    SchemeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ClassificationScheme> find(UUID org) {
        return jdbc.sql("select template, revision, version from classification_scheme where organization_id = :org")
                .param("org", org)
                .query((rs, n) -> new ClassificationScheme(
                        org,
                        SchemeTemplate.valueOf(rs.getString(1)),
                        rs.getInt(2),
                        true,
                        levels(org),
                        restrictions(org),
                        rs.getLong(3)))
                .optional();
    }

    public void create(UUID org, SchemeTemplate template) {
        jdbc.sql("insert into classification_scheme (organization_id, template) values (:org, :template)")
                .param("org", org)
                .param("template", template.name())
                .update();
    }

    /** Locks the scheme row at the expected version and bumps revision and version; stale → conflict. */
    public int bump(UUID org, long version) {
        return jdbc.sql("""
                        update classification_scheme set revision = revision + 1, version = version + 1, changed_at = now()
                        where organization_id = :org and version = :version returning revision""")
                .param("org", org)
                .param("version", version)
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new ConflictException("error.conflict"));
    }

    public void upsertLevel(UUID org, LevelDraft d) {
        jdbc.sql("""
                        insert into classification_level (organization_id, axis, code, rank, name, label, name_en, criteria,
                            handling, examples, protected)
                        values (:org, :axis, :code, :rank, :name, :label, :nameEn, :criteria, :handling, :examples, :protected)
                        on conflict (organization_id, axis, code) do update set rank = excluded.rank, name = excluded.name,
                            label = excluded.label, name_en = excluded.name_en, criteria = excluded.criteria,
                            handling = excluded.handling, examples = excluded.examples, protected = excluded.protected""")
                .param("org", org)
                .param("axis", d.axis().name())
                .param("code", d.code())
                .param("rank", d.rank())
                .param("name", d.name())
                .param("label", d.label())
                .param("nameEn", d.nameEn())
                .param("criteria", d.criteria())
                .param("handling", d.handling())
                .param("examples", d.examples())
                .param("protected", d.protectedLevel())
                .update();
    }

    public void deleteLevel(UUID org, Axis axis, String code) {
        jdbc.sql("delete from classification_level where organization_id = :org and axis = :axis and code = :code")
                .param("org", org)
                .param("axis", axis.name())
                .param("code", code)
                .update();
    }

    public void upsertRestriction(UUID org, RestrictionDraft d) {
        jdbc.sql("""
                        insert into handling_restriction (organization_id, code, name, name_en, description, needs_detail,
                            sort_order)
                        values (:org, :code, :name, :nameEn, :description, :needsDetail, :sortOrder)
                        on conflict (organization_id, code) do update set name = excluded.name, name_en = excluded.name_en,
                            description = excluded.description, needs_detail = excluded.needs_detail,
                            sort_order = excluded.sort_order, active = true""")
                .param("org", org)
                .param("code", d.code())
                .param("name", d.name())
                .param("nameEn", d.nameEn())
                .param("description", d.description())
                .param("needsDetail", d.needsDetail())
                .param("sortOrder", d.sortOrder())
                .update();
    }

    public void retireRestriction(UUID org, String code) {
        jdbc.sql("update handling_restriction set active = false where organization_id = :org and code = :code")
                .param("org", org)
                .param("code", code)
                .update();
    }

    public void snapshot(UUID org, int revision, String reason, String by) {
        ClassificationScheme scheme = find(org).orElseThrow();
        String snapshot = json.writeValueAsString(java.util.Map.of(
                "template", scheme.template(),
                "levels", scheme.levels(),
                "restrictions", scheme.restrictions()));
        jdbc.sql("""
                        insert into classification_scheme_revision (organization_id, revision, snapshot, reason, changed_by)
                        values (:org, :revision, cast(:snapshot as jsonb), :reason, :by)""")
                .param("org", org)
                .param("revision", revision)
                .param("snapshot", snapshot)
                .param("reason", reason)
                .param("by", by)
                .update();
    }

    public List<SchemeRevision> revisions(UUID org) {
        return jdbc.sql("""
                        select revision, reason, changed_at, changed_by from classification_scheme_revision
                        where organization_id = :org order by revision desc""")
                .param("org", org)
                .query((rs, n) -> new SchemeRevision(
                        rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    /** How many levels of the axis rank at or above the given rank (duplicate ranks are refused). */
    public boolean rankTaken(UUID org, Axis axis, int rank, String exceptCode) {
        return jdbc.sql("""
                        select count(*) from classification_level
                        where organization_id = :org and axis = :axis and rank = :rank and code <> :code""")
                        .param("org", org)
                        .param("axis", axis.name())
                        .param("rank", rank)
                        .param("code", exceptCode)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private List<Level> levels(UUID org) {
        return jdbc.sql("""
                        select axis, code, rank, name, label, name_en, criteria, handling, examples, protected
                        from classification_level where organization_id = :org""")
                .param("org", org)
                .query((rs, n) -> new Level(
                        Axis.valueOf(rs.getString(1)),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getBoolean(10)))
                .list();
    }

    private List<HandlingRestriction> restrictions(UUID org) {
        return jdbc.sql("""
                        select code, name, name_en, description, needs_detail, active, sort_order
                        from handling_restriction where organization_id = :org order by sort_order, code""")
                .param("org", org)
                .query((rs, n) -> new HandlingRestriction(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getBoolean(6),
                        rs.getInt(7)))
                .list();
    }
}
