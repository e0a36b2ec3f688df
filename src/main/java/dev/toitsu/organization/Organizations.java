package dev.toitsu.organization;

import dev.toitsu.organization.domain.AssignmentRepository;
import dev.toitsu.organization.domain.DirectoryAccess;
import dev.toitsu.organization.domain.DirectoryChanges;
import dev.toitsu.organization.domain.OrganizationRepository;
import dev.toitsu.organization.domain.RoleRepository;
import dev.toitsu.organization.domain.SeparationRuleRepository;
import dev.toitsu.organization.domain.StandardSeparationRules;
import dev.toitsu.organization.domain.State;
import dev.toitsu.organization.domain.Texts;
import dev.toitsu.organization.domain.UnitRepository;
import dev.toitsu.organization.domain.VacancyPolicy;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations (機関) and oversight (所管). A platform administrator opens an organization, which starts with the
 * standard's roles and separation matrix; an overseeing organization sees aggregate numbers of those below it.
 */
@Service
@Transactional
public class Organizations {

    private final OrganizationRepository organizations;
    private final RoleRepository roles;
    private final SeparationRuleRepository rules;
    private final UnitRepository units;
    private final AssignmentRepository assignments;
    private final DirectoryChanges changes;
    private final Clock clock;

    Organizations(
            OrganizationRepository organizations,
            RoleRepository roles,
            SeparationRuleRepository rules,
            UnitRepository units,
            AssignmentRepository assignments,
            DirectoryChanges changes,
            Clock clock) {
        this.organizations = organizations;
        this.roles = roles;
        this.rules = rules;
        this.units = units;
        this.assignments = assignments;
        this.changes = changes;
        this.clock = clock;
    }

    /** Opens an organization with the standard roles and separation rules. Needs PLATFORM_ADMINISTER. */
    public Organization create(OrganizationDraft draft) {
        Actors.require(Permission.PLATFORM_ADMINISTER);
        OrganizationDraft clean = validate(draft);
        if (organizations.codeTaken(clean.code())) {
            throw new ConflictException("organization.code.taken", clean.code());
        }
        if (clean.parentId() != null && organizations.find(clean.parentId()).isEmpty()) {
            throw new NotFoundException("error.notFound");
        }
        UUID id = organizations.insert(clean);
        roles.seedStandard(id);
        StandardSeparationRules.ALL.forEach(rule -> rules.insert(id, rule));
        changes.record(
                id,
                "organization.organization.created",
                "organization",
                id,
                "機関を作成: " + clean.name(),
                null,
                state(clean));
        return organizations.find(id).orElseThrow();
    }

    /** Renames an organization or changes what oversees it (never into a cycle). Needs PLATFORM_ADMINISTER. */
    public Organization revise(UUID id, long version, OrganizationDraft draft) {
        Actors.require(Permission.PLATFORM_ADMINISTER);
        Organization current = organizations.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        OrganizationDraft clean = validate(
                new OrganizationDraft(current.code(), draft.name(), draft.nameEn(), draft.kind(), draft.parentId()));
        if (clean.parentId() != null) {
            if (organizations.find(clean.parentId()).isEmpty()) {
                throw new NotFoundException("error.notFound");
            }
            if (organizations.ancestorsOrSelf(clean.parentId()).contains(id)) {
                throw new DomainException("organization.parent.cycle");
            }
        }
        organizations.revise(id, version, clean);
        changes.record(
                id,
                "organization.organization.revised",
                "organization",
                id,
                "機関を変更: " + clean.name(),
                state(new OrganizationDraft(
                        current.code(), current.name(), current.nameEn(), current.kind(), current.parentId())),
                state(clean));
        return organizations.find(id).orElseThrow();
    }

    /** Every organization of the deployment. Needs PLATFORM_ADMINISTER. */
    @Transactional(readOnly = true)
    public List<Organization> all() {
        Actors.require(Permission.PLATFORM_ADMINISTER);
        return organizations.all();
    }

    /** The actor's own organization. */
    @Transactional(readOnly = true)
    public Organization own() {
        Actor actor = DirectoryAccess.reader();
        return organizations.find(actor.organizationId()).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    /**
     * The organizations the actor's organization oversees, directly or through others, with aggregate numbers only.
     * Needs OVERSIGHT_VIEW.
     */
    @Transactional(readOnly = true)
    public List<OverseenOrganization> overseen() {
        Actor actor = Actors.require(Permission.OVERSIGHT_VIEW);
        LocalDate today = LocalDate.now(clock);
        return organizations.overseenBy(actor.organizationId()).stream()
                .map(row -> new OverseenOrganization(
                        row.id(),
                        row.code(),
                        row.name(),
                        row.nameEn(),
                        row.kind(),
                        row.parentName(),
                        row.depth(),
                        row.units(),
                        row.people(),
                        VacancyPolicy.vacancies(
                                        roles.all(row.id()),
                                        units.tree(row.id()),
                                        assignments.holdings(row.id(), today))
                                .size(),
                        row.lastChangedAt()))
                .toList();
    }

    private static OrganizationDraft validate(OrganizationDraft draft) {
        String code = Texts.required(draft.code(), 40, "organization.code");
        if (!code.matches("[a-z0-9][a-z0-9-]{1,39}")) {
            throw new DomainException("organization.code.invalid");
        }
        return new OrganizationDraft(
                code,
                Texts.required(draft.name(), 200, "organization.name"),
                Texts.optional(draft.nameEn(), 200, "organization.nameEn"),
                Objects.requireNonNullElse(draft.kind(), OrganizationKind.OTHER),
                draft.parentId());
    }

    private static java.util.Map<String, Object> state(OrganizationDraft draft) {
        return State.of(
                "code",
                draft.code(),
                "name",
                draft.name(),
                "nameEn",
                draft.nameEn(),
                "kind",
                draft.kind(),
                "parentId",
                draft.parentId());
    }
}
