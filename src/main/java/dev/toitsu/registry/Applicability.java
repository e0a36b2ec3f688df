package dev.toitsu.registry;

import dev.toitsu.classification.Axis;
import dev.toitsu.classification.Classification;
import dev.toitsu.classification.ClassificationScheme;
import dev.toitsu.exemption.ActiveExemptions;
import dev.toitsu.exemption.ExemptionRecord;
import dev.toitsu.registry.domain.ApplicabilityPolicy;
import dev.toitsu.registry.domain.CriterionRepository;
import dev.toitsu.registry.domain.Fields;
import dev.toitsu.registry.domain.RegisterAccess;
import dev.toitsu.registry.domain.RegisterChanges;
import dev.toitsu.registry.domain.RegisterScope;
import dev.toitsu.registry.domain.RequirementRef;
import dev.toitsu.registry.domain.RequirementSource;
import dev.toitsu.registry.domain.StatementRepository;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-system statement of applicability: the clauses of the organization's catalog edition that concern the
 * system (by the applicability rules and its properties), 基本 or 追加 by its 重要度 (000 表5.1.1-2), with what the
 * system says about each (implemented, planned, not applicable with a reason, exempted by 例外措置).
 */
@Service
@Transactional
public class Applicability {

    private final InformationSystems systems;
    private final StatementRepository statements;
    private final CriterionRepository rules;
    private final RequirementSource catalog;
    private final RegisterAccess access;
    private final RegisterChanges changes;
    private final Classification classification;
    private final ActiveExemptions exemptions;

    Applicability(
            InformationSystems systems,
            StatementRepository statements,
            CriterionRepository rules,
            RequirementSource catalog,
            RegisterAccess access,
            RegisterChanges changes,
            Classification classification,
            ActiveExemptions exemptions) {
        this.systems = systems;
        this.statements = statements;
        this.rules = rules;
        this.catalog = catalog;
        this.access = access;
        this.changes = changes;
        this.classification = classification;
        this.exemptions = exemptions;
    }

    /** The edition the organization's systems are assessed against. */
    @Transactional(readOnly = true)
    public String edition() {
        return statements.edition(access.readScope().organizationId()).orElse(catalog.defaultEdition());
    }

    @Transactional(readOnly = true)
    public List<String> editions() {
        return catalog.editions();
    }

    /** The 統括 chooses the edition in force for the organization's statements of applicability. */
    public void chooseEdition(String editionCode) {
        Actor actor = Actors.current();
        if (!actor.canOrganizationWide(Permission.CLASSIFICATION_ADMINISTER)) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (catalog.requirements(editionCode).isEmpty()) {
            throw new DomainException("registry.applicability.edition.unknown", editionCode);
        }
        String before = statements.edition(actor.organizationId()).orElse(null);
        statements.chooseEdition(actor.organizationId(), editionCode);
        changes.record(
                actor.organizationId(),
                "registry.applicability-edition.chosen",
                "registry-setting",
                actor.organizationId(),
                "適用する基準の版を選択: " + editionCode,
                RegisterChanges.state("edition", before),
                RegisterChanges.state("edition", editionCode));
    }

    @Transactional(readOnly = true)
    public StatementOfApplicability statement(UUID systemId) {
        InformationSystem system = systems.get(systemId);
        RegisterScope scope = access.readScope();
        String edition = statements.edition(scope.organizationId()).orElse(catalog.defaultEdition());
        Optional<List<RequirementRef>> requirements = catalog.requirements(edition);
        Map<RequirementStatus, Long> counts = new EnumMap<>(RequirementStatus.class);
        for (RequirementStatus s : RequirementStatus.values()) {
            counts.put(s, 0L);
        }
        List<ExemptionInForce> inForce = exemptions.forSystem(systemId).stream()
                .map(Applicability::inForce)
                .toList();
        if (requirements.isEmpty()) {
            return new StatementOfApplicability(
                    system, edition, false, system.importance() != null, List.of(), counts, inForce);
        }
        ClassificationScheme scheme = classification.schemeFor(scope.organizationId());
        boolean confidential = system.highestConfidentiality() != null
                && scheme.level(Axis.CONFIDENTIALITY, system.highestConfidentiality())
                        .map(l -> l.protectedLevel())
                        .orElse(false);
        List<ApplicabilityPolicy.Applicable> applicable = ApplicabilityPolicy.applicable(
                requirements.get(),
                rules.rules(scope.organizationId(), edition),
                new ApplicabilityPolicy.Profile(
                        system.importance(), system.hosting(), system.internetFacing(), confidential));
        Map<String, StatementRepository.Entry> entries = statements.entries(systemId, edition);
        List<ApplicableRequirement> lines = new ArrayList<>(applicable.size());
        for (ApplicabilityPolicy.Applicable a : applicable) {
            StatementRepository.Entry e = entries.get(a.requirement().nodeId());
            RequirementStatus status = e == null ? RequirementStatus.UNDECIDED : e.status();
            counts.merge(status, 1L, Long::sum);
            lines.add(new ApplicableRequirement(
                    edition,
                    a.requirement().nodeId(),
                    a.requirement().label(),
                    a.requirement().path(),
                    a.requirement().tier(),
                    a.obligation(),
                    a.rule().prefix() + " " + a.rule().condition()
                            + (a.rule().note() == null ? "" : " (" + a.rule().note() + ")"),
                    status,
                    e == null ? null : e.reason(),
                    e == null ? null : e.updatedAt(),
                    e == null ? null : e.updatedBy(),
                    e == null ? -1 : e.version(),
                    inForce.stream()
                            .filter(x -> x.covers(edition, a.requirement().nodeId()))
                            .toList()));
        }
        return new StatementOfApplicability(system, edition, true, system.importance() != null, lines, counts, inForce);
    }

    private static ExemptionInForce inForce(ExemptionRecord r) {
        return new ExemptionInForce(
                r.requestId(),
                r.number(),
                r.approvedClause() == null ? null : r.approvedClause().display(),
                r.approvedClause() == null ? null : r.approvedClause().requirementId(),
                r.approvedFrom(),
                r.approvedTo(),
                r.approvedMeasures(),
                r.conditions());
    }

    /**
     * Records what the system says about one applicable clause. NOT_APPLICABLE needs a reason; EXEMPTED needs a
     * 例外措置 in force for this system that names the clause (001 1.2.1.3(2)(c)), and the reason defaults to its number
     * and period; {@code version} is the one read, -1 for none.
     */
    public ApplicableRequirement declare(
            UUID systemId, String nodeId, long version, RequirementStatus status, String reason) {
        if (!systems.keepable(systemId)) {
            throw new AccessDeniedException("error.forbidden");
        }
        Actor actor = Actors.current();
        if (status == null || status == RequirementStatus.UNDECIDED) {
            throw new DomainException("registry.applicability.status.required");
        }
        String clean = Fields.optional(reason, 2000, "registry.applicability.reason");
        if (status == RequirementStatus.NOT_APPLICABLE && clean == null) {
            throw new DomainException("registry.applicability.reason.required");
        }
        StatementOfApplicability statement = statement(systemId);
        ApplicableRequirement line = statement.requirements().stream()
                .filter(r -> r.nodeId().equals(nodeId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        if (status == RequirementStatus.EXEMPTED) {
            ExemptionInForce exemption = line.exemptions().stream()
                    .findFirst()
                    .orElseThrow(() -> new DomainException("registry.applicability.exemption.required", nodeId));
            if (clean == null) {
                clean = exemption.number() + " (" + exemption.from() + "〜" + exemption.to() + ")";
            }
        }
        statements.set(systemId, statement.editionCode(), nodeId, version, status, clean, actor.displayName());
        changes.record(
                actor.organizationId(),
                "registry.requirement-status.declared",
                "information-system",
                systemId,
                "適用要件の状況: " + statement.system().name() + " " + nodeId + " → " + status,
                RegisterChanges.state("nodeId", nodeId, "status", line.status(), "reason", line.reason()),
                RegisterChanges.state(
                        "nodeId", nodeId, "status", status, "reason", clean, "edition", statement.editionCode()));
        return statement(systemId).requirements().stream()
                .filter(r -> r.nodeId().equals(nodeId))
                .findFirst()
                .orElseThrow();
    }
}
