package dev.toitsu.audittrail;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/** 操作履歴: record compliance-relevant changes, and search, export and verify the trail. */
public interface AuditTrail {

    /**
     * Records a change in the caller's transaction, which must exist (propagation MANDATORY): the record commits
     * or rolls back with the change. The row is chained and written just before the transaction commits, so the
     * per-organization chain lock is held only for the commit itself. Where nothing else changes (a failed sign-in)
     * open a transaction around the call. The transaction must be READ COMMITTED (the default) and not read-only.
     *
     * @throws IllegalStateException without a transaction, or without an actor (none signed in and none given)
     */
    void record(AuditRecord record);

    /** Searches the current actor's organization; needs {@code AUDIT_TRAIL_READ}. Newest first. */
    AuditEventPage search(AuditQuery query, int page, int size);

    /**
     * Writes the current actor's organization's matching events as CSV (UTF-8 with BOM, times in Asia/Tokyo,
     * headers in the locale's language), streaming; needs {@code AUDIT_TRAIL_READ}.
     *
     * @return the number of events written
     */
    long exportCsv(AuditQuery query, Locale locale, OutputStream out);

    /** Walks the current actor's organization's chain; needs {@code AUDIT_TRAIL_READ}. */
    ChainVerification verifyOwnOrganization();

    /**
     * Walks every chain of the deployment. For the command line and jobs (no signed-in actor); a signed-in actor
     * needs {@code PLATFORM_ADMINISTER}.
     */
    ChainVerification verify();

    /**
     * Writes one chain's events (null: the platform chain) in the period as CSV, oldest first, in the format of
     * {@link #exportCsv}; for the command line, with the same access rule as {@link #verify()}.
     *
     * @return the number of events written
     */
    long exportChainCsv(UUID organizationId, LocalDate from, LocalDate to, Locale locale, OutputStream out);
}
