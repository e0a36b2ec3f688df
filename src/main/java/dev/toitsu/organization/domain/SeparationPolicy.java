package dev.toitsu.organization.domain;

import dev.toitsu.organization.SeparationRule;
import dev.toitsu.organization.SeparationRuleKind;
import dev.toitsu.organization.Subject;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * 001 1.2.1.2(1)(a): one person does not hold both roles of a pair — (ア) applicant and approver, (イ) auditee and
 * auditor — which the organization writes down as its separation matrix. Pure: the facade loads the rules, the
 * person's roles and the unit tree.
 */
public final class SeparationPolicy {

    /** The action of being audited: members of the audited unit count as its performers (1.2.3.2(4)(a)). */
    public static final String AUDITEE = "audit.auditee";

    private SeparationPolicy() {}

    /** The first active role-pair rule that the candidate role breaks against a role the person already holds. */
    public static Optional<SeparationRule> roleConflict(
            HeldRole candidate, Collection<HeldRole> held, Collection<SeparationRule> rules, UnitTree units) {
        for (SeparationRule rule : rules) {
            if (!rule.active() || rule.kind() != SeparationRuleKind.ROLE_PAIR || !rule.concerns(candidate.roleCode())) {
                continue;
            }
            String counterpart = rule.counterpart(candidate.roleCode());
            for (HeldRole role : held) {
                if (role.roleCode().equals(counterpart)
                        && candidate.overlapsInTime(role)
                        && candidate.overlapsInScope(role, units)) {
                    return Optional.of(rule);
                }
            }
        }
        return Optional.empty();
    }

    /** The first active action-pair rule the person breaks by performing {@code action} on the subject. */
    public static Optional<SeparationRule> actionConflict(
            UUID person, String action, Subject subject, Collection<SeparationRule> rules) {
        for (SeparationRule rule : rules) {
            if (!rule.active()
                    || rule.kind() != SeparationRuleKind.ACTION_PAIR
                    || !rule.concerns(action)
                    || rule.firstCode().equals(rule.secondCode())) {
                continue;
            }
            if (subject.performersOf(rule.counterpart(action)).contains(person)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /** Whether any active action-pair rule pairs the action with being audited. */
    public static boolean needsAuditees(String action, Collection<SeparationRule> rules) {
        return rules.stream()
                .anyMatch(r -> r.active()
                        && r.kind() == SeparationRuleKind.ACTION_PAIR
                        && r.concerns(action)
                        && AUDITEE.equals(r.counterpart(action)));
    }
}
