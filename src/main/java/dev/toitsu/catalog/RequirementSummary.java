package dev.toitsu.catalog;

import java.util.List;

/**
 * A clause of an edition, for modules that map to it (対策基準, self-inspection items, audit checklists,
 * exemptions). Immutable: the edition it belongs to never changes.
 *
 * @param nodeId the id exactly as the document numbers it, e.g. {@code 1.2.1.3(2)(f)} or {@code 4.1.1(3)-1 a)}
 * @param path the ancestors from the top (部, 節, 項目, ...), each as "id title"
 * @param outlineOnly only the heading is known; the clause text is not in the source
 */
public record RequirementSummary(
        String editionCode,
        String nodeId,
        NodeKind kind,
        String title,
        String text,
        Tier tier,
        List<String> roles,
        List<String> path,
        boolean outlineOnly) {

    public RequirementSummary {
        roles = List.copyOf(roles);
        path = List.copyOf(path);
    }

    /** Title if the clause has one, else its text. */
    public String label() {
        return title != null && !title.isBlank() ? title : text;
    }
}
