package dev.toitsu.catalog;

/**
 * A typed link between a node of one edition and a node of another. {@code fromNodeId} is null for
 * {@link CrosswalkType#NEW}, {@code toNodeId} for {@link CrosswalkType#REMOVED}.
 *
 * @param source where the link comes from, e.g. {@code 000 L1022}
 */
public record CrosswalkLink(
        String fromEdition,
        String fromNodeId,
        String fromLabel,
        String toEdition,
        String toNodeId,
        String toLabel,
        CrosswalkType type,
        String note,
        String source) {}
