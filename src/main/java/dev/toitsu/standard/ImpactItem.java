package dev.toitsu.standard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One item of the revision impact worklist: a change of the new edition that touches the version (a requirement it
 * covers changed, moved, split, merged or was removed; or a new requirement nothing covers), with who deals with it,
 * by when, and how it ended.
 *
 * @param changeType the catalog's comparison type (CHANGED, MOVED, SPLIT, MERGED, REMOVED, ADDED)
 * @param fromNode the requirement in the edition mapped so far ("" for an added one)
 * @param toNode the requirement in the new edition ("" for a removed one)
 * @param clauses the version's clauses that cover {@code fromNode}
 * @param version optimistic lock
 */
public record ImpactItem(
        UUID id,
        UUID versionId,
        String fromEdition,
        String toEdition,
        String changeType,
        String fromNode,
        String toNode,
        String label,
        List<String> clauses,
        ImpactStatus status,
        String reason,
        UUID ownerPersonId,
        String ownerName,
        LocalDate dueOn,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public ImpactItem {
        clauses = List.copyOf(clauses);
    }

    /** Open and past its due date on the given day. */
    public boolean overdue(LocalDate today) {
        return status == ImpactStatus.OPEN && dueOn != null && dueOn.isBefore(today);
    }
}
