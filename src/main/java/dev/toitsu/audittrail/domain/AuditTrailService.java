package dev.toitsu.audittrail.domain;

import dev.toitsu.audittrail.AuditActor;
import dev.toitsu.audittrail.AuditEvent;
import dev.toitsu.audittrail.AuditEventPage;
import dev.toitsu.audittrail.AuditQuery;
import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.audittrail.ChainVerification;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.Permission;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class AuditTrailService implements AuditTrail {

    private static final int EXPORT_PAGE = 1000;

    private final ChainAppender appender;
    private final ChainVerifier verifier;
    private final AuditEventRepository repository;
    private final AuditCsv csv;
    private final Clock clock;
    private final ClientAddresses clientAddresses;

    AuditTrailService(
            ChainAppender appender,
            ChainVerifier verifier,
            AuditEventRepository repository,
            AuditCsv csv,
            Clock clock,
            ClientAddresses clientAddresses) {
        this.appender = appender;
        this.verifier = verifier;
        this.repository = repository;
        this.csv = csv;
        this.clock = clock;
        this.clientAddresses = clientAddresses;
    }

    /**
     * MANDATORY rather than REQUIRED: a caller that forgot its transaction would otherwise get one of its own
     * around the record alone, and the record could commit while the change it describes rolls back.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditRecord record) {
        AuditActor actor = record.actor() != null
                ? record.actor()
                : Actors.find()
                        .map(AuditActor::of)
                        .orElseThrow(() -> new IllegalStateException(
                                "nobody is signed in: pass AuditActor.system() or the claimed name explicitly"));
        appender.append(new ChainedContent(
                UUID.randomUUID(),
                record.organizationId(),
                ChainedContent.truncate(clock.instant()),
                actor.accountId(),
                CanonicalJson.cleanText(actor.name()),
                record.action(),
                CanonicalJson.cleanText(record.subjectType()),
                CanonicalJson.cleanText(record.subjectId()),
                CanonicalJson.cleanText(record.summary()),
                record.before(),
                record.after(),
                CanonicalJson.cleanText(
                        record.clientAddress() != null ? record.clientAddress() : clientAddresses.current())));
    }

    @Override
    @Transactional(readOnly = true)
    public AuditEventPage search(AuditQuery query, int page, int size) {
        Actor actor = requireReader();
        int pageSize = Math.max(1, Math.min(size, AuditEventPage.MAX_SIZE));
        int pageNumber = Math.max(0, page);
        List<AuditEvent> rows =
                repository.search(new AuditFilter(actor.organizationId(), query), pageNumber * pageSize, pageSize + 1);
        boolean hasNext = rows.size() > pageSize;
        return new AuditEventPage(rows.subList(0, Math.min(rows.size(), pageSize)), pageNumber, pageSize, hasNext);
    }

    @Override
    public long exportCsv(AuditQuery query, Locale locale, OutputStream out) {
        AuditFilter filter = new AuditFilter(requireReader().organizationId(), query);
        return csv.write(out, locale, sink -> repository.stream(filter, EXPORT_PAGE, sink));
    }

    @Override
    public ChainVerification verifyOwnOrganization() {
        return verifier.verify(requireReader().organizationId());
    }

    @Override
    public ChainVerification verify() {
        requireOperator();
        return verifier.verifyAll();
    }

    @Override
    public long exportChainCsv(UUID organizationId, LocalDate from, LocalDate to, Locale locale, OutputStream out) {
        requireOperator();
        AuditFilter filter = new AuditFilter(organizationId, new AuditQuery(from, to, null, null, null));
        return csv.write(out, locale, sink -> repository.stream(filter, EXPORT_PAGE, sink));
    }

    /** The whole organization's trail is evidence about everyone in it: a grant for one unit is not enough. */
    private static Actor requireReader() {
        Actor actor = Actors.current();
        if (!actor.canOrganizationWide(Permission.AUDIT_TRAIL_READ)) {
            throw new AccessDeniedException("error.forbidden");
        }
        return actor;
    }

    /** The command line and jobs run without an actor; a signed-in person must operate the deployment. */
    private static void requireOperator() {
        Actors.find().ifPresent(actor -> {
            if (!actor.can(Permission.PLATFORM_ADMINISTER)) {
                throw new AccessDeniedException("error.forbidden");
            }
        });
    }
}
