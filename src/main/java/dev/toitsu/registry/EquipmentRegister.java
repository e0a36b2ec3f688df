package dev.toitsu.registry;

import dev.toitsu.organization.Unit;
import dev.toitsu.organization.Units;
import dev.toitsu.registry.domain.EquipmentRepository;
import dev.toitsu.registry.domain.Fields;
import dev.toitsu.registry.domain.JcStarPolicy;
import dev.toitsu.registry.domain.RegisterAccess;
import dev.toitsu.registry.domain.RegisterChanges;
import dev.toitsu.registry.domain.RegisterScope;
import dev.toitsu.registry.domain.SystemRepository;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 機器等: servers, terminals (機関等支給 or not), network devices, 複合機, 特定用途機器 incl. IoT with their JC-STAR
 * level (★1–★4; self-declared vs third-party, 004), and software incl. 「情報システムの基盤を管理又は制御する
 * ソフトウェア」 (R5 6.5.1), linked to the systems they belong to.
 */
@Service
@Transactional
public class EquipmentRegister {

    private final EquipmentRepository equipment;
    private final SystemRepository systems;
    private final RegisterAccess access;
    private final RegisterChanges changes;
    private final Units units;

    EquipmentRegister(
            EquipmentRepository equipment,
            SystemRepository systems,
            RegisterAccess access,
            RegisterChanges changes,
            Units units) {
        this.equipment = equipment;
        this.systems = systems;
        this.access = access;
        this.changes = changes;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public RegisterPage<Equipment> search(
            String text, EquipmentKind kind, UUID systemId, boolean includeRetired, int page, int size) {
        return equipment.page(
                access.reader(),
                text == null || text.isBlank() ? null : text.strip(),
                kind,
                systemId,
                includeRetired,
                Math.max(0, page),
                RegisterPage.clampSize(size));
    }

    @Transactional(readOnly = true)
    public Equipment get(UUID id) {
        RegisterScope scope = access.reader();
        Equipment e =
                equipment.find(scope.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!scope.coversUnit(e.unitId()) && !scope.systems().contains(e.systemId())) {
            throw new NotFoundException("error.notFound");
        }
        return e;
    }

    @Transactional(readOnly = true)
    public boolean keepable(Equipment e) {
        RegisterScope scope = access.keepScope();
        return scope.coversUnit(e.unitId())
                || (e.systemId() != null && scope.systems().contains(e.systemId()));
    }

    public Equipment register(EquipmentDraft draft) {
        RegisterScope scope = access.keeper();
        EquipmentDraft clean = validate(scope, draft, null);
        UUID id = equipment.insert(scope.organizationId(), clean);
        changes.record(
                scope.organizationId(),
                "registry.equipment.registered",
                "equipment",
                id,
                "機器等を登録: " + clean.code() + " " + clean.name(),
                null,
                state(clean));
        return get(id);
    }

    public Equipment revise(UUID id, long version, EquipmentDraft draft) {
        RegisterScope scope = access.keeper();
        Equipment current = get(id);
        if (!keepable(current)) {
            throw new AccessDeniedException("error.forbidden");
        }
        EquipmentDraft clean = validate(scope, draft, id);
        equipment.update(id, version, clean);
        changes.record(
                scope.organizationId(),
                "registry.equipment.revised",
                "equipment",
                id,
                "機器等を変更: " + clean.code() + " " + clean.name(),
                state(draftOf(current)),
                state(clean));
        return get(id);
    }

    private EquipmentDraft validate(RegisterScope scope, EquipmentDraft d, UUID self) {
        String code = d.code() == null || d.code().isBlank()
                ? systems.nextCode("EQ")
                : Fields.code(d.code(), "registry.equipment.code");
        if (equipment.codeTaken(scope.organizationId(), code, self)) {
            throw new ConflictException("registry.equipment.code.taken", code);
        }
        if (d.kind() == null) {
            throw new DomainException("registry.equipment.kind.required");
        }
        if (d.unitId() == null) {
            throw new DomainException("registry.equipment.unitId.required");
        }
        Map<UUID, Unit> known = units.list().stream().collect(java.util.stream.Collectors.toMap(Unit::id, u -> u));
        if (!known.containsKey(d.unitId())) {
            throw new DomainException("registry.equipment.unitId.unknown");
        }
        boolean viaSystem = d.systemId() != null && scope.systems().contains(d.systemId());
        if (!scope.coversUnit(d.unitId()) && !viaSystem) {
            throw new AccessDeniedException("error.forbidden");
        }
        if (d.systemId() != null
                && systems.find(scope.organizationId(), d.systemId()).isEmpty()) {
            throw new DomainException("registry.equipment.systemId.unknown");
        }
        JcStarAssurance assurance = JcStarPolicy.check(d.jcStarLevel(), d.jcStarAssurance());
        boolean special =
                d.kind() == EquipmentKind.SPECIAL_PURPOSE_DEVICE || d.kind() == EquipmentKind.MULTIFUNCTION_DEVICE;
        if (d.iot() && !special && d.kind() != EquipmentKind.OTHER) {
            throw new DomainException("registry.equipment.iot.kind");
        }
        if (d.controlsInfrastructure() && d.kind() != EquipmentKind.SOFTWARE) {
            throw new DomainException("registry.equipment.controlsInfrastructure.kind");
        }
        return new EquipmentDraft(
                code,
                d.kind(),
                Fields.required(d.name(), 200, "registry.equipment.name"),
                d.unitId(),
                d.systemId(),
                Fields.optional(d.manufacturer(), 200, "registry.equipment.manufacturer"),
                Fields.optional(d.model(), 200, "registry.equipment.model"),
                Fields.optional(d.productVersion(), 100, "registry.equipment.productVersion"),
                Fields.optional(d.location(), 200, "registry.equipment.location"),
                d.kind() == EquipmentKind.TERMINAL ? Objects.requireNonNullElse(d.issued(), true) : null,
                d.iot(),
                d.jcStarLevel(),
                assurance,
                Fields.optional(d.jcStarEvidence(), 500, "registry.equipment.jcStarEvidence"),
                d.controlsInfrastructure(),
                d.retiredOn(),
                d.disposalMethod(),
                Fields.optional(d.note(), 2000, "registry.equipment.note"));
    }

    static EquipmentDraft draftOf(Equipment e) {
        return new EquipmentDraft(
                e.code(),
                e.kind(),
                e.name(),
                e.unitId(),
                e.systemId(),
                e.manufacturer(),
                e.model(),
                e.productVersion(),
                e.location(),
                e.issued(),
                e.iot(),
                e.jcStarLevel(),
                e.jcStarAssurance(),
                e.jcStarEvidence(),
                e.controlsInfrastructure(),
                e.retiredOn(),
                e.disposalMethod(),
                e.note());
    }

    private static Map<String, Object> state(EquipmentDraft d) {
        return RegisterChanges.state(
                "code", d.code(),
                "kind", d.kind(),
                "name", d.name(),
                "unitId", d.unitId(),
                "systemId", d.systemId(),
                "issued", d.issued(),
                "iot", d.iot(),
                "jcStarLevel", d.jcStarLevel(),
                "jcStarAssurance", d.jcStarAssurance(),
                "controlsInfrastructure", d.controlsInfrastructure(),
                "retiredOn", d.retiredOn(),
                "disposalMethod", d.disposalMethod());
    }
}
