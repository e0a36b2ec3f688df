package dev.toitsu.audittrail.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends records to their chains at the end of the caller's transaction. Records are collected per transaction
 * and written in {@code beforeCommit}: the chain's advisory lock is then held only for the inserts and the commit,
 * not for the rest of the business transaction, and a transaction that records into several chains takes their
 * locks in one global order, so two such transactions cannot deadlock. If the insert fails the commit fails, and the
 * change rolls back with its record.
 */
@Component
public class ChainAppender {

    private static final Comparator<UUID> CHAIN_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

    private final AuditEventRepository repository;

    public ChainAppender(AuditEventRepository repository) {
        this.repository = repository;
    }

    public void append(ChainedContent content) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("audit records are written in the caller's transaction; there is none");
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("audit records cannot be written in a read-only transaction");
        }
        PendingRecords pending = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingRecords.class::isInstance)
                .map(PendingRecords.class::cast)
                .findFirst()
                .orElse(null);
        if (pending == null) {
            pending = new PendingRecords();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        if (pending.written) {
            // recorded from another synchronization's beforeCommit, after ours ran: write it now
            write(List.of(content));
        } else {
            pending.records.add(content);
        }
    }

    /** Writes records to their chains: per chain in the given order, chains in a fixed order. */
    void write(List<ChainedContent> records) {
        Map<UUID, List<ChainedContent>> byChain = new LinkedHashMap<>();
        records.stream()
                .sorted(Comparator.comparing(ChainedContent::organizationId, CHAIN_ORDER))
                .forEach(r -> byChain.computeIfAbsent(r.organizationId(), k -> new ArrayList<>())
                        .add(r));
        byChain.forEach((organizationId, chainRecords) -> {
            repository.lockChain(organizationId);
            String prevHash = repository.headHash(organizationId).orElse(null);
            for (ChainedContent record : chainRecords) {
                String hash = record.hash(prevHash);
                repository.insert(record, prevHash, hash);
                prevHash = hash;
            }
        });
    }

    private final class PendingRecords implements TransactionSynchronization {

        private final List<ChainedContent> records = new ArrayList<>();
        private boolean written;

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            write(records);
        }

        @Override
        public int getOrder() {
            // after other synchronizations that may still record something
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
