package dev.toitsu.organization.domain;

import dev.toitsu.organization.RoleDefinition;
import dev.toitsu.organization.ScopeKind;
import dev.toitsu.organization.UnitKind;
import dev.toitsu.organization.Vacancy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the standard expects a holder and nobody holds the role today (001 1.2.1.1): a CISO, a 統括情報セキュリティ
 * 責任者, a 監査責任者 and 監査実施者, a CSIRT for the organization; an 情報セキュリティ責任者 for every 部局; a 課室情報
 * セキュリティ責任者 for every 課室. A role the organization has deactivated is not expected.
 */
public final class VacancyPolicy {

    static final List<String> ORGANIZATION_ROLES = List.of(
            StandardRoles.CISO,
            StandardRoles.GENERAL_ISO,
            StandardRoles.AUDIT_CHIEF,
            StandardRoles.AUDITOR,
            StandardRoles.CSIRT);

    /** A current holding: role code and scope. */
    public record Holding(String roleCode, ScopeKind scopeKind, UUID scopeId) {}

    private VacancyPolicy() {}

    public static List<Vacancy> vacancies(
            Collection<RoleDefinition> roles, UnitTree units, Collection<Holding> holdings) {
        Map<String, RoleDefinition> active = roles.stream()
                .filter(r -> r.active() && r.standard())
                .collect(Collectors.toMap(RoleDefinition::code, Function.identity()));
        Set<String> heldAnywhere = holdings.stream().map(Holding::roleCode).collect(Collectors.toSet());
        List<Vacancy> result = new ArrayList<>();
        for (String code : ORGANIZATION_ROLES) {
            RoleDefinition role = active.get(code);
            if (role != null && !heldAnywhere.contains(code)) {
                result.add(new Vacancy(code, role.name(), role.nameEn(), null, null));
            }
        }
        for (UUID id : units.depthFirst()) {
            UnitTree.Node unit = units.node(id).orElseThrow();
            if (!unit.active()) {
                continue;
            }
            String code = unit.kind() == UnitKind.BUREAU
                    ? StandardRoles.ISO
                    : unit.kind().isSection() ? StandardRoles.SECTION_ISO : null;
            RoleDefinition role = code == null ? null : active.get(code);
            if (role != null && !coveredAt(code, unit.id(), units, holdings)) {
                result.add(new Vacancy(code, role.name(), role.nameEn(), unit.id(), unit.name()));
            }
        }
        return result;
    }

    /** A unit-scoped holder on the unit or on a unit above it covers the unit. */
    private static boolean coveredAt(String code, UUID unit, UnitTree units, Collection<Holding> holdings) {
        List<UUID> path = units.ancestorsOrSelf(unit);
        return holdings.stream()
                .anyMatch(h -> h.roleCode().equals(code)
                        && (h.scopeKind() == ScopeKind.ORGANIZATION
                                || (h.scopeKind() == ScopeKind.UNIT && path.contains(h.scopeId()))));
    }
}
