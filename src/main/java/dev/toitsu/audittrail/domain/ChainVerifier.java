package dev.toitsu.audittrail.domain;

import dev.toitsu.audittrail.AuditEvent;
import dev.toitsu.audittrail.ChainVerification;
import dev.toitsu.audittrail.ChainVerification.BrokenLink;
import dev.toitsu.audittrail.ChainVerification.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Walks chains in seq order, a page at a time, recomputing each row's hash. Within a chain seq order is commit
 * order (appends hold the chain lock until commit), so paging needs no long-running snapshot. After a break the
 * walk continues from the stored hash, so a single altered row is reported once, not as a cascade; only the first
 * break of each chain is reported.
 */
@Component
public class ChainVerifier {

    static final int PAGE_SIZE = 2000;

    private final AuditEventRepository repository;

    public ChainVerifier(AuditEventRepository repository) {
        this.repository = repository;
    }

    public ChainVerification verifyAll() {
        List<UUID> chains = repository.chainedOrganizations();
        long rows = 0;
        List<BrokenLink> breaks = new ArrayList<>();
        for (UUID organizationId : chains) {
            ChainWalk walk = walk(organizationId);
            rows += walk.rows;
            walk.firstBreak.ifPresent(breaks::add);
        }
        return new ChainVerification(rows, chains.size(), breaks);
    }

    public ChainVerification verify(UUID organizationId) {
        ChainWalk walk = walk(organizationId);
        return new ChainVerification(
                walk.rows, walk.rows == 0 ? 0 : 1, walk.firstBreak.stream().toList());
    }

    private ChainWalk walk(UUID organizationId) {
        ChainWalk walk = new ChainWalk();
        String previous = null;
        long after = 0;
        List<AuditEvent> page;
        do {
            page = repository.chainPage(organizationId, after, PAGE_SIZE);
            for (AuditEvent event : page) {
                walk.rows++;
                if (walk.firstBreak.isEmpty()) {
                    walk.firstBreak = check(event, previous);
                }
                previous = event.hash();
                after = event.seq();
            }
        } while (page.size() == PAGE_SIZE);
        return walk;
    }

    private static Optional<BrokenLink> check(AuditEvent event, String previous) {
        if (!Objects.equals(previous, event.prevHash())) {
            return Optional.of(new BrokenLink(
                    event.seq(), event.organizationId(), Reason.PREVIOUS_LINK_MISMATCH, previous, event.prevHash()));
        }
        String recomputed = content(event).hash(event.prevHash());
        if (!recomputed.equals(event.hash())) {
            return Optional.of(new BrokenLink(
                    event.seq(), event.organizationId(), Reason.CONTENT_ALTERED, recomputed, event.hash()));
        }
        return Optional.empty();
    }

    static ChainedContent content(AuditEvent event) {
        return new ChainedContent(
                event.id(),
                event.organizationId(),
                event.occurredAt(),
                event.actorAccountId(),
                event.actorName(),
                event.action(),
                event.subjectType(),
                event.subjectId(),
                event.summary(),
                event.before(),
                event.after(),
                event.clientAddress());
    }

    private static final class ChainWalk {
        long rows;
        Optional<BrokenLink> firstBreak = Optional.empty();
    }
}
