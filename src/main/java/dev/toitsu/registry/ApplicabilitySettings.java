package dev.toitsu.registry;

import dev.toitsu.registry.domain.ApplicabilityCondition;
import dev.toitsu.registry.domain.CriterionRepository;
import dev.toitsu.registry.domain.Fields;
import dev.toitsu.registry.domain.RegisterChanges;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the 統括情報セキュリティ責任者 keeps for the registers (CLASSIFICATION_ADMINISTER, organization-wide): the
 * 重要度 criteria (seeded with 000 表5.1.1-1) and the applicability rules of each catalog edition (seeded from the
 * table of contents of 000 R5). The first change copies the defaults into the organization; from then on its own rows
 * apply. Every change is in the audit trail with the line before and after, which is the history of the criteria.
 */
@Service
@Transactional
public class ApplicabilitySettings {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,39}");
    private static final Pattern PREFIX = Pattern.compile("[0-9][0-9A-Za-z().\\-]{0,39}");

    private final CriterionRepository repository;
    private final Applicability applicability;
    private final RegisterChanges changes;

    ApplicabilitySettings(CriterionRepository repository, Applicability applicability, RegisterChanges changes) {
        this.repository = repository;
        this.applicability = applicability;
        this.changes = changes;
    }

    /** The criteria in force (the organization's, or the defaults). */
    @Transactional(readOnly = true)
    public List<ImportanceCriterion> criteria() {
        return repository.criteria(administrator().organizationId());
    }

    /** The rules of an edition in force for the organization (its own, or the defaults). */
    @Transactional(readOnly = true)
    public List<ApplicabilityRule> rules(String edition) {
        Actor actor = administrator();
        return repository.ruleRows(actor.organizationId(), edition).stream()
                .map(r ->
                        new ApplicabilityRule(edition, r.prefix(), r.condition().name(), r.note(), r.source()))
                .toList();
    }

    /** Adds a criterion or changes one (by its code); a derived criterion keeps its derivation. */
    public ImportanceCriterion saveCriterion(
            String code, Importance importance, String text, String textEn, Integer sortOrder) {
        Actor actor = administrator();
        UUID org = actor.organizationId();
        String cleanCode = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (cleanCode == null || cleanCode.isEmpty()) {
            throw new DomainException("registry.criterion.code.required");
        }
        if (!CODE.matcher(cleanCode).matches()) {
            throw new DomainException("registry.criterion.code.format");
        }
        if (importance == null) {
            throw new DomainException("registry.criterion.importance.required");
        }
        String cleanText = Fields.required(text, 1000, "registry.criterion.text");
        String cleanEn = Fields.optional(textEn, 1000, "registry.criterion.textEn");
        int order = sortOrder == null ? 1000 : sortOrder;
        if (order < 0 || order > 100_000) {
            throw new DomainException("registry.criterion.sortOrder.range");
        }
        ownCriteria(org);
        Optional<ImportanceCriterion> before = find(org, cleanCode);
        ImportanceCriterion saved = new ImportanceCriterion(
                cleanCode,
                importance,
                cleanText,
                cleanEn,
                before.map(ImportanceCriterion::derivation).orElse(null),
                before.map(ImportanceCriterion::source).orElse(CriterionRepository.OWN_SOURCE),
                order);
        repository.save(org, saved);
        changes.record(
                org,
                "registry.importance-criterion.saved",
                "importance-criterion",
                org,
                "重要度の判断基準を" + (before.isPresent() ? "変更" : "追加") + ": " + cleanCode + " " + cleanText,
                before.map(ApplicabilitySettings::state).orElse(null),
                state(saved));
        return find(org, cleanCode).orElseThrow();
    }

    /** Retires a criterion: it no longer appears in assessments; decisions already taken keep it in their history. */
    public void retireCriterion(String code) {
        Actor actor = administrator();
        UUID org = actor.organizationId();
        ownCriteria(org);
        ImportanceCriterion before = find(org, code).orElseThrow(() -> new NotFoundException("error.notFound"));
        repository.retire(org, before.code());
        changes.record(
                org,
                "registry.importance-criterion.retired",
                "importance-criterion",
                org,
                "重要度の判断基準を廃止: " + before.code(),
                state(before),
                null);
    }

    /** Adds a rule for a prefix of the edition's clause numbers, or changes the one there is. */
    public ApplicabilityRule saveRule(String edition, String prefix, String condition, String note) {
        Actor actor = administrator();
        UUID org = actor.organizationId();
        String cleanEdition = knownEdition(edition);
        String cleanPrefix = prefix == null ? "" : prefix.strip();
        if (cleanPrefix.isEmpty()) {
            throw new DomainException("registry.rule.prefix.required");
        }
        if (!PREFIX.matcher(cleanPrefix).matches()) {
            throw new DomainException("registry.rule.prefix.format");
        }
        ApplicabilityCondition cleanCondition = condition(condition);
        String cleanNote = Fields.optional(note, 500, "registry.rule.note");
        ownRules(org, cleanEdition);
        Optional<ApplicabilityRule> before = findRule(org, cleanEdition, cleanPrefix);
        repository.saveRule(org, cleanEdition, cleanPrefix, cleanCondition, cleanNote);
        ApplicabilityRule after = findRule(org, cleanEdition, cleanPrefix).orElseThrow();
        changes.record(
                org,
                "registry.applicability-rule.saved",
                "applicability-rule",
                org,
                "適用ルールを" + (before.isPresent() ? "変更" : "追加") + ": " + cleanEdition + " " + cleanPrefix + " → "
                        + cleanCondition,
                before.map(ApplicabilitySettings::state).orElse(null),
                state(after));
        return after;
    }

    public void removeRule(String edition, String prefix) {
        Actor actor = administrator();
        UUID org = actor.organizationId();
        String cleanEdition = knownEdition(edition);
        String cleanPrefix = prefix == null ? "" : prefix.strip();
        ApplicabilityRule before =
                findRule(org, cleanEdition, cleanPrefix).orElseThrow(() -> new NotFoundException("error.notFound"));
        ownRules(org, cleanEdition);
        repository.removeRule(org, cleanEdition, cleanPrefix);
        changes.record(
                org,
                "registry.applicability-rule.removed",
                "applicability-rule",
                org,
                "適用ルールを削除: " + cleanEdition + " " + cleanPrefix,
                state(before),
                null);
    }

    private Actor administrator() {
        Actor actor = Actors.current();
        if (!actor.canOrganizationWide(Permission.CLASSIFICATION_ADMINISTER)) {
            throw new AccessDeniedException("error.forbidden");
        }
        return actor;
    }

    private String knownEdition(String edition) {
        if (edition == null || !applicability.editions().contains(edition)) {
            throw new DomainException("registry.applicability.edition.unknown", String.valueOf(edition));
        }
        return edition;
    }

    private static ApplicabilityCondition condition(String condition) {
        if (condition == null || condition.isBlank()) {
            throw new DomainException("registry.rule.condition.required");
        }
        try {
            return ApplicabilityCondition.valueOf(condition.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException("registry.rule.condition.unknown", condition);
        }
    }

    private void ownCriteria(UUID org) {
        if (!repository.hasOwnCriteria(org)) {
            repository.copyDefaults(org);
        }
    }

    private void ownRules(UUID org, String edition) {
        if (!repository.hasOwnRules(org, edition)) {
            repository.copyDefaultRules(org, edition);
        }
    }

    private Optional<ImportanceCriterion> find(UUID org, String code) {
        return repository.criteria(org).stream()
                .filter(c -> c.code().equals(code))
                .findFirst();
    }

    private Optional<ApplicabilityRule> findRule(UUID org, String edition, String prefix) {
        return repository.ruleRows(org, edition).stream()
                .filter(r -> r.prefix().equals(prefix))
                .findFirst()
                .map(r ->
                        new ApplicabilityRule(edition, r.prefix(), r.condition().name(), r.note(), r.source()));
    }

    private static java.util.Map<String, Object> state(ImportanceCriterion c) {
        return RegisterChanges.state(
                "code",
                c.code(),
                "importance",
                c.importance(),
                "text",
                c.text(),
                "textEn",
                c.textEn(),
                "sortOrder",
                c.sortOrder());
    }

    private static java.util.Map<String, Object> state(ApplicabilityRule r) {
        return RegisterChanges.state(
                "edition", r.edition(), "prefix", r.prefix(), "condition", r.condition(), "note", r.note());
    }
}
