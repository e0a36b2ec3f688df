package dev.toitsu.audittrail;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The result of walking hash chains. Serializable: the page carries it across a redirect in the session.
 *
 * @param rowsChecked rows whose hash was recomputed
 * @param chainsChecked chains walked (organizations, plus the platform chain if it exists)
 * @param breaks the first broken link of each broken chain, in seq order; empty when every chain is intact
 */
public record ChainVerification(long rowsChecked, int chainsChecked, List<BrokenLink> breaks) implements Serializable {

    public ChainVerification {
        breaks = breaks.stream()
                .sorted(Comparator.comparingLong(BrokenLink::seq))
                .toList();
    }

    public boolean intact() {
        return breaks.isEmpty();
    }

    /** The earliest broken link over all chains. */
    public Optional<BrokenLink> firstBreak() {
        return breaks.stream().findFirst();
    }

    /**
     * A row that does not fit its chain.
     *
     * @param seq the row's sequence number
     * @param organizationId its chain (null: the platform chain)
     * @param reason why it does not fit
     * @param expectedHash for {@link Reason#CONTENT_ALTERED} the hash recomputed from the row; for
     *     {@link Reason#PREVIOUS_LINK_MISMATCH} the hash of the previous row in the chain (null: none)
     * @param storedHash for {@link Reason#CONTENT_ALTERED} the row's stored hash; for
     *     {@link Reason#PREVIOUS_LINK_MISMATCH} the row's stored prev_hash
     */
    public record BrokenLink(long seq, UUID organizationId, Reason reason, String expectedHash, String storedHash)
            implements Serializable {}

    public enum Reason {
        /** The row's fields no longer produce its stored hash: the row was changed. */
        CONTENT_ALTERED,
        /** The row does not point at the previous row of its chain: a row before it was deleted or replaced. */
        PREVIOUS_LINK_MISMATCH
    }
}
