package dev.toitsu.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.organization.ScopeKind;
import dev.toitsu.organization.SeparationRule;
import dev.toitsu.organization.SeparationRuleDraft;
import dev.toitsu.organization.Subject;
import dev.toitsu.organization.UnitKind;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 001 1.2.1.2(1)(a): (ア) applicant and approver, (イ) auditee and auditor are never the same person. */
class SeparationPolicyTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private final UUID bureau = UUID.randomUUID();
    private final UUID division = UUID.randomUUID();
    private final UUID elsewhere = UUID.randomUUID();
    private final UnitTree units = new UnitTree(List.of(
            new UnitTree.Node(bureau, null, UnitKind.BUREAU, true, "局"),
            new UnitTree.Node(division, bureau, UnitKind.DIVISION, true, "課"),
            new UnitTree.Node(elsewhere, null, UnitKind.BUREAU, true, "他局")));

    private final List<SeparationRule> rules = StandardSeparationRules.ALL.stream()
            .map(SeparationPolicyTests::rule)
            .toList();

    @Test
    void refusesAuditorRoleForTheUnitTheyAreResponsibleFor() {
        HeldRole iso = unitRole("ISO", bureau);
        HeldRole auditor = unitRole("AUDITOR", division);

        var conflict = SeparationPolicy.roleConflict(auditor, List.of(iso), rules, units);

        assertThat(conflict).isPresent();
        assertThat(conflict.get().clause()).contains("1.2.1.2(1)(a)(イ)");
    }

    @Test
    void refusesAnOrganizationWideAuditorWhoIsResponsibleForAnyUnit() {
        HeldRole sectionIso = unitRole("SECTION_ISO", division);
        HeldRole auditor = new HeldRole("AUDITOR", ScopeKind.ORGANIZATION, null, TODAY, null);

        assertThat(SeparationPolicy.roleConflict(auditor, List.of(sectionIso), rules, units))
                .isPresent();
    }

    @Test
    void allowsAuditorOfAnotherUnit() {
        assertThat(SeparationPolicy.roleConflict(
                        unitRole("AUDITOR", elsewhere), List.of(unitRole("ISO", bureau)), rules, units))
                .isEmpty();
    }

    @Test
    void refusesChiefAuditorWhoIsTheGeneralSecurityOfficer() {
        HeldRole general = new HeldRole("GENERAL_ISO", ScopeKind.ORGANIZATION, null, TODAY.minusYears(1), null);
        HeldRole chief = new HeldRole("AUDIT_CHIEF", ScopeKind.ORGANIZATION, null, TODAY, null);

        assertThat(SeparationPolicy.roleConflict(chief, List.of(general), rules, units))
                .isPresent();
    }

    @Test
    void allowsTheSecondRoleOnceTheFirstHasEnded() {
        HeldRole endedIso = new HeldRole("ISO", ScopeKind.UNIT, bureau, TODAY.minusYears(2), TODAY.minusDays(1));

        assertThat(SeparationPolicy.roleConflict(unitRole("AUDITOR", bureau), List.of(endedIso), rules, units))
                .isEmpty();
    }

    @Test
    void ignoresADeactivatedRule() {
        List<SeparationRule> inactive = rules.stream()
                .map(r -> new SeparationRule(
                        r.id(),
                        r.kind(),
                        r.firstCode(),
                        r.secondCode(),
                        r.reason(),
                        r.reasonEn(),
                        r.clause(),
                        false,
                        r.version()))
                .toList();

        assertThat(SeparationPolicy.roleConflict(
                        unitRole("AUDITOR", bureau), List.of(unitRole("ISO", bureau)), inactive, units))
                .isEmpty();
    }

    @Test
    void rejectsApprovalByTheApplicant() {
        UUID applicant = UUID.randomUUID();
        Subject request = Subject.of("request", UUID.randomUUID()).performedBy("request.apply", applicant);

        var conflict = SeparationPolicy.actionConflict(applicant, "request.decide", request, rules);

        assertThat(conflict).isPresent();
        assertThat(conflict.get().clause()).isEqualTo("1.2.1.2(1)(a)(ア)");
    }

    @Test
    void allowsApprovalBySomeoneElse() {
        Subject request = Subject.of("request", UUID.randomUUID()).performedBy("request.apply", UUID.randomUUID());

        assertThat(SeparationPolicy.actionConflict(UUID.randomUUID(), "request.decide", request, rules))
                .isEmpty();
    }

    @Test
    void theAuditPairNeedsToKnowTheAuditees() {
        assertThat(SeparationPolicy.needsAuditees("audit.perform", rules)).isTrue();
        assertThat(SeparationPolicy.needsAuditees("request.decide", rules)).isFalse();
    }

    private static HeldRole unitRole(String code, UUID unit) {
        return new HeldRole(code, ScopeKind.UNIT, unit, TODAY, null);
    }

    private static SeparationRule rule(SeparationRuleDraft d) {
        return new SeparationRule(
                UUID.randomUUID(),
                d.kind(),
                d.firstCode(),
                d.secondCode(),
                d.reason(),
                d.reasonEn(),
                d.clause(),
                true,
                0);
    }
}
