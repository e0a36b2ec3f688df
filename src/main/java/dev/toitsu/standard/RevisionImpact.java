package dev.toitsu.standard;

import dev.toitsu.catalog.EditionComparison;
import java.util.List;

/**
 * What a new edition means for a version of the 対策基準: the clauses whose requirements (in the edition they were
 * mapped to) changed, moved, split, merged or were removed, and the new requirements nothing covers yet.
 *
 * @param affected changes of requirements the version covers, each with the clauses that cover them
 * @param newRequirements requirements added in the new edition that no clause covers (in the new edition's mapping,
 *     when the version has one; otherwise every added requirement)
 */
public record RevisionImpact(
        StandardVersion version,
        String fromEdition,
        String toEdition,
        List<Item> affected,
        List<EditionComparison.Change> newRequirements) {

    public RevisionImpact {
        affected = List.copyOf(affected);
        newRequirements = List.copyOf(newRequirements);
    }

    public record Item(EditionComparison.Change change, List<String> clauses) {

        public Item {
            clauses = List.copyOf(clauses);
        }
    }
}
