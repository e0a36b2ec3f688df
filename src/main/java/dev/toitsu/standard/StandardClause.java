package dev.toitsu.standard;

import dev.toitsu.catalog.NodeKind;
import java.util.List;

/**
 * A clause of a version of the 対策基準.
 *
 * @param locator the standard's own numbering exactly as the importer builds it, e.g. {@code 3.3(2)②(a)}
 */
public record StandardClause(
        String locator,
        String parentLocator,
        NodeKind kind,
        String title,
        String text,
        int line,
        List<String> roles,
        List<String> cells,
        int sortOrder,
        int depth) {

    public StandardClause {
        roles = List.copyOf(roles);
        cells = List.copyOf(cells);
    }

    public String label() {
        return title != null && !title.isBlank() ? title : text;
    }
}
