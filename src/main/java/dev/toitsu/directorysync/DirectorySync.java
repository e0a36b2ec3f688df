package dev.toitsu.directorysync;

import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.directorysync.SyncChange.Kind;
import dev.toitsu.directorysync.domain.LdapDirectory;
import dev.toitsu.directorysync.domain.PersonnelFile;
import dev.toitsu.directorysync.domain.SyncPlanner;
import dev.toitsu.directorysync.domain.SyncRunRepository;
import dev.toitsu.organization.People;
import dev.toitsu.organization.Person;
import dev.toitsu.organization.PersonDraft;
import dev.toitsu.organization.PersonKind;
import dev.toitsu.organization.Unit;
import dev.toitsu.organization.Units;
import dev.toitsu.platform.TabularFile;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Previews and applies directory syncs. Organization-wide administrators only (a sync touches every unit). Apply
 * recomputes the plan from the stored entries and refuses unless it is the one that was previewed.
 */
@Service
@Transactional
public class DirectorySync {

    private static final List<Kind> ORDER = List.of(Kind.JOIN, Kind.REJOIN, Kind.TRANSFER, Kind.UPDATE, Kind.LEAVE);

    private final People people;
    private final Units units;
    private final LdapDirectory ldap;
    private final SyncRunRepository runs;
    private final AuditTrail auditTrail;
    private final Clock clock;

    DirectorySync(
            People people,
            Units units,
            LdapDirectory ldap,
            SyncRunRepository runs,
            AuditTrail auditTrail,
            Clock clock) {
        this.people = people;
        this.units = units;
        this.ldap = ldap;
        this.runs = runs;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean ldapConfigured() {
        return ldap.configured();
    }

    /**
     * Reads a personnel file and previews it. A file that cannot be read as a whole (no header, unknown presence
     * values) gives a run without id whose plan lists the problems; otherwise the run is stored for apply.
     */
    public SyncRun previewFile(String fileName, byte[] content) {
        Actor actor = administrator();
        if (content == null || content.length == 0) {
            throw new DomainException("directorysync.fileRequired");
        }
        TabularFile file;
        try {
            file = TabularFile.read(fileName, content);
        } catch (IOException | RuntimeException e) {
            throw new DomainException("directorysync.problem.unreadable");
        }
        PersonnelFile.Read read = PersonnelFile.read(file);
        if (!read.problems().isEmpty()) {
            SyncPlan refused = new SyncPlan(read.entries().size(), 0, List.of(), read.problems(), "");
            return new SyncRun(null, "FILE", fileName, actor.displayName(), clock.instant(), null, null, refused);
        }
        return store(actor, "FILE", fileName, read.entries());
    }

    /** Reads the configured LDAP directory and previews it. */
    public SyncRun previewLdap() {
        Actor actor = administrator();
        return store(actor, "LDAP", null, ldap.read());
    }

    @Transactional(readOnly = true)
    public SyncRun run(UUID id) {
        Actor actor = administrator();
        SyncRunRepository.Stored stored = stored(actor, id);
        return view(stored, plan(stored.entries()));
    }

    @Transactional(readOnly = true)
    public List<SyncRunRepository.Summary> history() {
        Actor actor = administrator();
        return runs.latest(actor.organizationId(), 20);
    }

    /**
     * Applies a previewed run, all or nothing.
     *
     * @throws DomainException {@code directorysync.notApplicable} while the input has problems,
     *     {@code directorysync.alreadyApplied} for a run applied before
     * @throws ConflictException {@code directorysync.planChanged} when the directory changed since the preview
     */
    public SyncRun apply(UUID id, String fingerprint) {
        Actor actor = administrator();
        SyncRunRepository.Stored stored = stored(actor, id);
        if (stored.appliedAt() != null) {
            throw new DomainException("directorysync.alreadyApplied");
        }
        SyncPlan plan = plan(stored.entries());
        if (!plan.applicable()) {
            throw new DomainException("directorysync.notApplicable");
        }
        if (!plan.fingerprint().equals(fingerprint)) {
            throw new ConflictException("directorysync.planChanged");
        }
        Map<String, UUID> unitIds = activeUnits();
        Map<String, DirectoryEntry> entries = stored.entries().stream()
                .filter(e -> e.employeeNumber() != null)
                .collect(Collectors.toMap(DirectoryEntry::employeeNumber, e -> e, (a, b) -> a));
        plan.changes().stream()
                .sorted(Comparator.comparingInt(c -> ORDER.indexOf(c.kind())))
                .forEach(change -> apply(change, entries.get(change.employeeNumber()), unitIds));
        String summary = summary(plan);
        if (!runs.markApplied(id, actor.accountId(), actor.displayName(), clock.instant(), summary)) {
            throw new ConflictException("directorysync.planChanged");
        }
        auditTrail.record(AuditRecord.of(
                        actor.organizationId(),
                        "directorysync.run.applied",
                        "directory-sync-run",
                        id.toString(),
                        "人事・ディレクトリ連携を適用（" + ("LDAP".equals(stored.source()) ? "LDAP" : stored.fileName()) + "）: "
                                + summary)
                .withAfter(Map.of(
                        "fingerprint", fingerprint, "changes", plan.changes().size())));
        return view(stored(actor, id), plan);
    }

    private void apply(SyncChange change, DirectoryEntry entry, Map<String, UUID> unitIds) {
        switch (change.kind()) {
            case JOIN ->
                people.register(new PersonDraft(
                        entry.employeeNumber(),
                        entry.familyName(),
                        entry.givenName(),
                        entry.familyNameKana(),
                        entry.givenNameKana(),
                        PersonKind.STAFF,
                        unitIds.get(entry.unitCode()),
                        entry.jobTitle(),
                        null,
                        entry.email(),
                        null,
                        LocalDate.now(clock)));
            case REJOIN -> {
                Person left = people.get(change.personId());
                people.reactivate(left.id(), left.version());
                revise(people.get(left.id()), entry, unitIds);
            }
            case TRANSFER, UPDATE -> revise(people.get(change.personId()), entry, unitIds);
            case LEAVE -> {
                Person leaving = people.get(change.personId());
                people.deactivate(leaving.id(), leaving.version());
            }
        }
    }

    private void revise(Person current, DirectoryEntry entry, Map<String, UUID> unitIds) {
        PersonDraft draft = new PersonDraft(
                current.employeeNumber(),
                entry.familyName(),
                entry.givenName(),
                entry.familyNameKana(),
                entry.givenNameKana(),
                current.kind(),
                unitIds.get(entry.unitCode()),
                entry.jobTitle(),
                current.superiorId(),
                entry.email(),
                current.phone(),
                current.joinedOn());
        if (!draft.equals(PersonDraft.of(current))) {
            people.revise(current.id(), current.version(), draft);
        }
    }

    private SyncRun store(Actor actor, String source, String fileName, List<DirectoryEntry> entries) {
        UUID id = UUID.randomUUID();
        runs.insert(
                id,
                actor.organizationId(),
                source,
                fileName,
                entries,
                actor.accountId(),
                actor.displayName(),
                clock.instant());
        return view(stored(actor, id), plan(entries));
    }

    private SyncPlan plan(List<DirectoryEntry> entries) {
        Map<UUID, String> names = new HashMap<>();
        units.list().forEach(u -> names.put(u.id(), u.name()));
        return SyncPlanner.plan(entries, people.withEmployeeNumbers(), activeUnits(), names);
    }

    private Map<String, UUID> activeUnits() {
        Map<String, UUID> byCode = new HashMap<>();
        for (Unit unit : units.list()) {
            if (unit.active() && unit.code() != null) {
                byCode.put(unit.code(), unit.id());
            }
        }
        return byCode;
    }

    private SyncRunRepository.Stored stored(Actor actor, UUID id) {
        return runs.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    private static SyncRun view(SyncRunRepository.Stored stored, SyncPlan plan) {
        return new SyncRun(
                stored.id(),
                stored.source(),
                stored.fileName(),
                stored.createdByName(),
                stored.createdAt(),
                stored.appliedByName(),
                stored.appliedAt(),
                plan);
    }

    private static String summary(SyncPlan plan) {
        Map<Kind, Integer> counts = plan.counts();
        return "採用 " + counts.get(Kind.JOIN) + "、異動 " + counts.get(Kind.TRANSFER) + "、変更 " + counts.get(Kind.UPDATE)
                + "、復帰 " + counts.get(Kind.REJOIN) + "、退職等 " + counts.get(Kind.LEAVE);
    }

    private static Actor administrator() {
        Actor actor = Actors.current();
        if (!actor.canOrganizationWide(Permission.ORGANIZATION_ADMINISTER)) {
            throw new AccessDeniedException("error.forbidden");
        }
        return actor;
    }
}
