package dev.toitsu.classification;

import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.classification.domain.ClassificationAccess;
import dev.toitsu.classification.domain.NinsTransmissionTable;
import dev.toitsu.classification.domain.RuleTableRepository;
import dev.toitsu.classification.domain.SchemeRepository;
import dev.toitsu.classification.domain.SchemeTemplates;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's classification scheme (格付・取扱制限). Until the 統括情報セキュリティ責任者 adopts a template,
 * the government scheme is shown but not stored. Every change is a new revision with a stored snapshot and an audit
 * record; levels are referred to by their code everywhere else, so renaming a level never touches the registers.
 */
@Service
@Transactional
public class Classification {

    private static final java.util.regex.Pattern LEVEL_CODE =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,19}");
    private static final java.util.regex.Pattern RESTRICTION_CODE =
            java.util.regex.Pattern.compile("[A-Z0-9][A-Z0-9_]{0,39}");

    private final SchemeRepository schemes;
    private final RuleTableRepository tables;
    private final AuditTrail auditTrail;

    Classification(SchemeRepository schemes, RuleTableRepository tables, AuditTrail auditTrail) {
        this.schemes = schemes;
        this.tables = tables;
        this.auditTrail = auditTrail;
    }

    @Transactional(readOnly = true)
    public ClassificationScheme scheme() {
        Actor actor = ClassificationAccess.reader();
        return schemeFor(actor.organizationId());
    }

    /** For other modules that already checked the actor: the scheme of an organization, adopted or the default. */
    @Transactional(readOnly = true)
    public ClassificationScheme schemeFor(UUID organizationId) {
        return schemes.find(organizationId).orElseGet(() -> preview(organizationId, SchemeTemplate.GOVERNMENT));
    }

    /** Starts the organization's scheme from a template, with the NINS 別表 as its first rule table. */
    public ClassificationScheme adopt(SchemeTemplate template) {
        Actor actor = ClassificationAccess.administrator();
        UUID org = actor.organizationId();
        if (schemes.find(org).isPresent()) {
            throw new ConflictException("classification.scheme.alreadyAdopted");
        }
        schemes.create(org, Objects.requireNonNull(template, "template"));
        SchemeTemplates.levels(template).forEach(l -> schemes.upsertLevel(org, l));
        SchemeTemplates.restrictions().forEach(r -> schemes.upsertRestriction(org, r));
        Set<String> confidentiality = SchemeTemplates.levels(template).stream()
                .filter(l -> l.axis() == Axis.CONFIDENTIALITY)
                .map(LevelDraft::code)
                .collect(Collectors.toSet());
        tables.insert(org, NinsTransmissionTable.table(confidentiality));
        schemes.snapshot(org, 1, "template " + template, actor.displayName());
        ClassificationScheme scheme = schemes.find(org).orElseThrow();
        auditTrail.record(AuditRecord.of(
                        org, "classification.scheme.adopted", "classification-scheme", org, "格付の区分を採用: " + template)
                .withAfter(Map.of("template", template.name(), "levels", codes(scheme.levels()))));
        return scheme;
    }

    /** Adds a level or changes one (its code identifies it). */
    public ClassificationScheme saveLevel(LevelDraft draft, long version) {
        Actor actor = ClassificationAccess.administrator();
        UUID org = actor.organizationId();
        ClassificationScheme before = adopted(org);
        LevelDraft clean = validate(draft);
        if (schemes.rankTaken(org, clean.axis(), clean.rank(), clean.code())) {
            throw new DomainException("classification.level.rank.taken", clean.rank());
        }
        int revision = schemes.bump(org, version);
        schemes.upsertLevel(org, clean);
        schemes.snapshot(org, revision, "level " + clean.code(), actor.displayName());
        auditTrail.record(AuditRecord.of(
                        org,
                        "classification.level.saved",
                        "classification-level",
                        clean.axis() + ":" + clean.code(),
                        "格付の区分を保存: " + clean.name())
                .withBefore(before.level(clean.axis(), clean.code())
                        .map(Classification::state)
                        .orElse(null))
                .withAfter(state(clean)));
        return schemes.find(org).orElseThrow();
    }

    /** Removes a level; an axis keeps at least one. Registers that still use the code show it as unknown. */
    public ClassificationScheme removeLevel(Axis axis, String code, long version) {
        Actor actor = ClassificationAccess.administrator();
        UUID org = actor.organizationId();
        ClassificationScheme before = adopted(org);
        Level level = before.level(axis, code).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (before.levels(axis).size() <= 1) {
            throw new DomainException("classification.level.last");
        }
        int revision = schemes.bump(org, version);
        schemes.deleteLevel(org, axis, code);
        schemes.snapshot(org, revision, "remove " + code, actor.displayName());
        auditTrail.record(AuditRecord.of(
                        org,
                        "classification.level.removed",
                        "classification-level",
                        axis + ":" + code,
                        "格付の区分を削除: " + level.name())
                .withBefore(state(level)));
        return schemes.find(org).orElseThrow();
    }

    public ClassificationScheme saveRestriction(RestrictionDraft draft, long version) {
        Actor actor = ClassificationAccess.administrator();
        UUID org = actor.organizationId();
        ClassificationScheme before = adopted(org);
        String code = required(draft.code(), 40, "classification.restriction.code");
        if (!RESTRICTION_CODE.matcher(code).matches()) {
            throw new DomainException("classification.restriction.code.invalid");
        }
        RestrictionDraft clean = new RestrictionDraft(
                code,
                required(draft.name(), 100, "classification.restriction.name"),
                optional(draft.nameEn(), 100),
                optional(draft.description(), 2000),
                draft.needsDetail(),
                draft.sortOrder());
        int revision = schemes.bump(org, version);
        schemes.upsertRestriction(org, clean);
        schemes.snapshot(org, revision, "restriction " + code, actor.displayName());
        auditTrail.record(AuditRecord.of(
                        org,
                        "classification.restriction.saved",
                        "handling-restriction",
                        code,
                        "取扱制限を保存: " + clean.name())
                .withBefore(before.restriction(code)
                        .map(r -> Map.<String, Object>of("name", r.name()))
                        .orElse(null))
                .withAfter(Map.of("name", clean.name(), "needsDetail", clean.needsDetail())));
        return schemes.find(org).orElseThrow();
    }

    /** Retires a restriction: it can no longer be marked; information that carries it keeps it. */
    public ClassificationScheme retireRestriction(String code, long version) {
        Actor actor = ClassificationAccess.administrator();
        UUID org = actor.organizationId();
        HandlingRestriction restriction =
                adopted(org).restriction(code).orElseThrow(() -> new NotFoundException("error.notFound"));
        int revision = schemes.bump(org, version);
        schemes.retireRestriction(org, code);
        schemes.snapshot(org, revision, "retire " + code, actor.displayName());
        auditTrail.record(AuditRecord.of(
                        org,
                        "classification.restriction.retired",
                        "handling-restriction",
                        code,
                        "取扱制限を廃止: " + restriction.name())
                .withBefore(Map.of("active", true))
                .withAfter(Map.of("active", false)));
        return schemes.find(org).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<SchemeRevision> revisions() {
        Actor actor = ClassificationAccess.reader();
        return schemes.revisions(actor.organizationId());
    }

    /** Checks a grading against an organization's scheme; see {@link ClassificationScheme#requireValid}. */
    @Transactional(readOnly = true)
    public void requireValid(
            UUID organizationId,
            Grading grading,
            Collection<String> restrictions,
            Collection<String> alreadyCarried,
            String detail) {
        schemeFor(organizationId).requireValid(grading, restrictions, alreadyCarried, detail);
    }

    private ClassificationScheme adopted(UUID org) {
        return schemes.find(org).orElseThrow(() -> new DomainException("classification.scheme.required"));
    }

    private static ClassificationScheme preview(UUID org, SchemeTemplate template) {
        List<Level> levels = SchemeTemplates.levels(template).stream()
                .map(d -> new Level(
                        d.axis(),
                        d.code(),
                        d.rank(),
                        d.name(),
                        d.label(),
                        d.nameEn(),
                        d.criteria(),
                        d.handling(),
                        d.examples(),
                        d.protectedLevel()))
                .toList();
        List<HandlingRestriction> restrictions = SchemeTemplates.restrictions().stream()
                .map(r -> new HandlingRestriction(
                        r.code(), r.name(), r.nameEn(), r.description(), r.needsDetail(), true, r.sortOrder()))
                .toList();
        return new ClassificationScheme(org, template, 0, false, levels, restrictions, 0);
    }

    private static LevelDraft validate(LevelDraft d) {
        if (d.axis() == null) {
            throw new DomainException("classification.level.axis.required");
        }
        String code = required(d.code(), 20, "classification.level.code");
        if (!LEVEL_CODE.matcher(code).matches()) {
            throw new DomainException("classification.level.code.invalid");
        }
        if (d.rank() < 1 || d.rank() > 9) {
            throw new DomainException("classification.level.rank.invalid");
        }
        return new LevelDraft(
                d.axis(),
                code,
                d.rank(),
                required(d.name(), 100, "classification.level.name"),
                optional(d.label(), 100),
                optional(d.nameEn(), 100),
                optional(d.criteria(), 4000),
                optional(d.handling(), 4000),
                optional(d.examples(), 4000),
                d.protectedLevel());
    }

    static String required(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException(field + ".required");
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new DomainException(field + ".tooLong", max);
        }
        return v;
    }

    static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }

    private static List<String> codes(List<Level> levels) {
        return levels.stream().map(l -> l.axis() + ":" + l.code()).toList();
    }

    private static Map<String, Object> state(Level l) {
        return state(new LevelDraft(
                l.axis(),
                l.code(),
                l.rank(),
                l.name(),
                l.label(),
                l.nameEn(),
                l.criteria(),
                l.handling(),
                l.examples(),
                l.protectedLevel()));
    }

    private static Map<String, Object> state(LevelDraft l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("axis", l.axis().name());
        m.put("code", l.code());
        m.put("rank", l.rank());
        m.put("name", l.name());
        m.put("label", l.label());
        m.put("protected", l.protectedLevel());
        m.put("criteria", l.criteria());
        m.put("handling", l.handling());
        return m;
    }
}
