package dev.toitsu.registry;

import dev.toitsu.classification.Axis;
import dev.toitsu.classification.Classification;
import dev.toitsu.organization.People;
import dev.toitsu.organization.Person;
import dev.toitsu.organization.Unit;
import dev.toitsu.organization.Units;
import dev.toitsu.registry.domain.DisposalPolicy;
import dev.toitsu.registry.domain.Fields;
import dev.toitsu.registry.domain.MediumRepository;
import dev.toitsu.registry.domain.RegisterAccess;
import dev.toitsu.registry.domain.RegisterChanges;
import dev.toitsu.registry.domain.RegisterScope;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 外部電磁的記録媒体管理台帳 (003 2.1④(h)): each medium with its 管理者, the highest confidentiality it may hold,
 * encryption, lending and return, loss and disposal (with the flash-memory caveat).
 */
@Service
@Transactional
public class ExternalMedia {

    private final MediumRepository media;
    private final RegisterAccess access;
    private final RegisterChanges changes;
    private final Classification classification;
    private final Units units;
    private final People people;
    private final Clock clock;

    ExternalMedia(
            MediumRepository media,
            RegisterAccess access,
            RegisterChanges changes,
            Classification classification,
            Units units,
            People people,
            Clock clock) {
        this.media = media;
        this.access = access;
        this.changes = changes;
        this.classification = classification;
        this.units = units;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RegisterPage<ExternalMedium> search(String text, MediumStatus status, int page, int size) {
        return media.page(
                access.reader(),
                text == null || text.isBlank() ? null : text.strip(),
                status,
                Math.max(0, page),
                RegisterPage.clampSize(size));
    }

    @Transactional(readOnly = true)
    public ExternalMedium get(UUID id) {
        RegisterScope scope = access.reader();
        ExternalMedium m =
                media.find(scope.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!scope.coversUnit(m.unitId())) {
            throw new NotFoundException("error.notFound");
        }
        return m;
    }

    @Transactional(readOnly = true)
    public List<MediumLoan> loans(UUID id) {
        get(id);
        return media.loans(id);
    }

    @Transactional(readOnly = true)
    public boolean keepable(ExternalMedium m) {
        return access.keepScope().coversUnit(m.unitId());
    }

    /** Media the actor may pick as the storage of an asset. */
    @Transactional(readOnly = true)
    public List<ExternalMedium> choices() {
        return media.page(access.reader(), null, null, 0, 1000).items();
    }

    public ExternalMedium register(MediumDraft draft) {
        RegisterScope scope = access.keeper();
        MediumDraft clean = validate(scope, draft, null);
        UUID id = media.insert(scope.organizationId(), clean);
        changes.record(
                scope.organizationId(),
                "registry.medium.registered",
                "external-medium",
                id,
                "外部電磁的記録媒体を登録: " + clean.code(),
                null,
                state(clean));
        return get(id);
    }

    public ExternalMedium revise(UUID id, long version, MediumDraft draft) {
        RegisterScope scope = access.keeper();
        ExternalMedium current = keepable(scope, id);
        MediumDraft clean = validate(scope, draft, id);
        media.update(id, version, clean);
        changes.record(
                scope.organizationId(),
                "registry.medium.revised",
                "external-medium",
                id,
                "外部電磁的記録媒体を変更: " + clean.code(),
                state(draftOf(current)),
                state(clean));
        return get(id);
    }

    /** Lends an available medium to a person (its 管理者 stays the same). */
    public ExternalMedium lend(UUID id, long version, UUID borrowerId, String purpose, LocalDate dueOn) {
        RegisterScope scope = access.keeper();
        Actor actor = Actors.current();
        ExternalMedium current = keepable(scope, id);
        if (current.status() != MediumStatus.AVAILABLE) {
            throw new DomainException("registry.medium.lend.notAvailable");
        }
        Person borrower = people.get(Objects.requireNonNull(borrowerId, "borrower"));
        if (!borrower.active()) {
            throw new DomainException("registry.medium.borrower.inactive");
        }
        LocalDate today = LocalDate.now(clock);
        if (dueOn != null && dueOn.isBefore(today)) {
            throw new DomainException("registry.medium.dueOn.past");
        }
        media.changeStatus(id, version, MediumStatus.LENT);
        media.lend(
                id,
                borrower.id(),
                Fields.optional(purpose, 500, "registry.medium.purpose"),
                today,
                dueOn,
                actor.displayName());
        changes.record(
                scope.organizationId(),
                "registry.medium.lent",
                "external-medium",
                id,
                "外部電磁的記録媒体を貸出し: " + current.code() + " → " + borrower.displayName(),
                RegisterChanges.state("status", current.status()),
                RegisterChanges.state("status", MediumStatus.LENT, "borrower", borrower.id(), "dueOn", dueOn));
        return get(id);
    }

    public ExternalMedium giveBack(UUID id, long version) {
        RegisterScope scope = access.keeper();
        Actor actor = Actors.current();
        ExternalMedium current = keepable(scope, id);
        if (current.status() != MediumStatus.LENT) {
            throw new DomainException("registry.medium.return.notLent");
        }
        media.changeStatus(id, version, MediumStatus.AVAILABLE);
        media.closeLoan(id, LocalDate.now(clock), actor.displayName());
        changes.record(
                scope.organizationId(),
                "registry.medium.returned",
                "external-medium",
                id,
                "外部電磁的記録媒体を返却: " + current.code(),
                RegisterChanges.state("status", current.status()),
                RegisterChanges.state("status", MediumStatus.AVAILABLE));
        return get(id);
    }

    /** A lost medium is a security event: the register says so; reporting is the incident module's business. */
    public ExternalMedium reportLost(UUID id, long version) {
        RegisterScope scope = access.keeper();
        ExternalMedium current = keepable(scope, id);
        if (current.status() == MediumStatus.DISPOSED || current.status() == MediumStatus.LOST) {
            throw new DomainException("registry.medium.lost.invalid");
        }
        media.changeStatus(id, version, MediumStatus.LOST);
        changes.record(
                scope.organizationId(),
                "registry.medium.lost",
                "external-medium",
                id,
                "外部電磁的記録媒体の紛失を記録: " + current.code(),
                RegisterChanges.state("status", current.status()),
                RegisterChanges.state("status", MediumStatus.LOST));
        return get(id);
    }

    /** Disposes of a medium; returns the caveats that apply to the method (SSD/flash: overwrite is not enough). */
    public List<String> dispose(UUID id, long version, DisposalMethod method, LocalDate on, String record) {
        RegisterScope scope = access.keeper();
        ExternalMedium current = keepable(scope, id);
        if (current.status() == MediumStatus.DISPOSED) {
            throw new DomainException("registry.medium.dispose.already");
        }
        if (current.status() == MediumStatus.LENT) {
            throw new DomainException("registry.medium.dispose.lent");
        }
        if (method == null) {
            throw new DomainException("registry.medium.disposalMethod.required");
        }
        LocalDate day = Objects.requireNonNullElse(on, LocalDate.now(clock));
        String clean = Fields.optional(record, 2000, "registry.medium.disposalRecord");
        media.dispose(id, version, method, day, clean);
        changes.record(
                scope.organizationId(),
                "registry.medium.disposed",
                "external-medium",
                id,
                "外部電磁的記録媒体を廃棄: " + current.code(),
                RegisterChanges.state("status", current.status()),
                RegisterChanges.state("status", MediumStatus.DISPOSED, "method", method, "on", day, "record", clean));
        return DisposalPolicy.caveats(method, current.kind(), true);
    }

    private ExternalMedium keepable(RegisterScope scope, UUID id) {
        ExternalMedium current = get(id);
        if (!scope.coversUnit(current.unitId())) {
            throw new AccessDeniedException("error.forbidden");
        }
        return current;
    }

    private MediumDraft validate(RegisterScope scope, MediumDraft d, UUID self) {
        String code = Fields.code(d.code(), "registry.medium.code");
        if (media.codeTaken(scope.organizationId(), code, self)) {
            throw new ConflictException("registry.medium.code.taken", code);
        }
        if (d.kind() == null) {
            throw new DomainException("registry.medium.kind.required");
        }
        Map<UUID, Unit> known = units.list().stream().collect(Collectors.toMap(Unit::id, u -> u));
        if (d.unitId() == null || !known.containsKey(d.unitId())) {
            throw new DomainException("registry.medium.unitId.required");
        }
        if (!scope.coversUnit(d.unitId())) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (d.custodianId() != null) {
            people.get(d.custodianId());
        }
        if (d.maxConfidentiality() == null
                || classification
                        .schemeFor(scope.organizationId())
                        .level(Axis.CONFIDENTIALITY, d.maxConfidentiality())
                        .isEmpty()) {
            throw new DomainException("registry.medium.maxConfidentiality.required");
        }
        return new MediumDraft(
                code,
                d.kind(),
                Fields.optional(d.description(), 500, "registry.medium.description"),
                d.unitId(),
                d.custodianId(),
                d.maxConfidentiality(),
                d.encrypted());
    }

    private static MediumDraft draftOf(ExternalMedium m) {
        return new MediumDraft(
                m.code(),
                m.kind(),
                m.description(),
                m.unitId(),
                m.custodianId(),
                m.maxConfidentiality(),
                m.encrypted());
    }

    private static Map<String, Object> state(MediumDraft d) {
        return RegisterChanges.state(
                "code", d.code(),
                "kind", d.kind(),
                "unitId", d.unitId(),
                "custodianId", d.custodianId(),
                "maxConfidentiality", d.maxConfidentiality(),
                "encrypted", d.encrypted());
    }
}
