package dev.toitsu.standard.mapping;

import java.util.List;

/**
 * A catalog requirement as the matcher sees it.
 *
 * @param text the requirement's text with its sub-items and bullets
 * @param leadIn the requirement's own text without sub-items (「以下の役割を兼務しないこと。」)
 * @param context titles of its part, section, 項目 and group (e.g. 「障害・事故等の対処」「事前準備」)
 * @param itemId the 項目 it belongs to (e.g. {@code 1.2.2.2}), the unit of structural affinity
 * @param itemTitle that 項目's title with its section's and part's
 * @param subItems the texts of its (ア), (イ)... for partial coverage
 */
public record CatalogEntry(
        String id,
        String text,
        String leadIn,
        String context,
        String itemId,
        String itemTitle,
        String subjectRole,
        List<String> subItems) {

    public CatalogEntry {
        subItems = List.copyOf(subItems);
    }
}
