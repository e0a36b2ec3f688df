package dev.toitsu.exemption;

import dev.toitsu.exemption.domain.ExemptionRepository;
import dev.toitsu.shared.Actors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other modules (the registry's applicability of a system, self-inspection and audit scope): the exemptions in
 * force in the current actor's organization. Records only; callers decide who may see them.
 */
@Service
@Transactional(readOnly = true)
public class ActiveExemptions {

    private final ExemptionRepository records;
    private final Clock clock;

    ActiveExemptions(ExemptionRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    public List<ExemptionRecord> inForce() {
        return records.activeOn(Actors.current().organizationId(), LocalDate.now(clock));
    }

    public List<ExemptionRecord> forSystem(UUID systemId) {
        return inForce().stream().filter(r -> r.systemIds().contains(systemId)).toList();
    }

    public List<ExemptionRecord> forRequirement(String requirementId) {
        return inForce().stream()
                .filter(r -> r.approvedClause() != null
                        && requirementId.equals(r.approvedClause().requirementId()))
                .toList();
    }
}
