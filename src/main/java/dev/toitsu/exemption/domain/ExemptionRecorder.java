package dev.toitsu.exemption.domain;

import dev.toitsu.audittrail.AuditActor;
import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.exemption.ClauseReference;
import dev.toitsu.exemption.ExemptionEnded;
import dev.toitsu.exemption.ExemptionGranted;
import dev.toitsu.exemption.ExemptionRecord;
import dev.toitsu.shared.Permission;
import dev.toitsu.workflow.ApprovalRequest;
import dev.toitsu.workflow.Decision;
import dev.toitsu.workflow.Notifications;
import dev.toitsu.workflow.RequestDecided;
import dev.toitsu.workflow.RequestEnded;
import dev.toitsu.workflow.RequestState;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the 審査記録 when an exemption is finally decided (001 1.2.1.3(2)(c)) — in the deciding transaction, so the
 * ledger never misses a decision — reports it to the CISO, and marks the exemption ended when the workflow says so.
 * Decisions are always made by a signed-in approver, so the directory is read as them.
 */
@Component
class ExemptionRecorder {

    private final ExemptionRepository records;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ExemptionRecorder(
            ExemptionRepository records,
            Notifications notifications,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.records = records;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
    }

    @EventListener
    void on(RequestDecided event) {
        ApprovalRequest r = event.request();
        if (!event.finalDecision() || !ExemptionFields.TYPE.equals(r.typeCode())) {
            return;
        }
        Decision d = event.decision();
        boolean granted = r.state() == RequestState.APPROVED || r.state() == RequestState.APPROVED_WITH_CONDITIONS;
        ClauseReference applied = new ClauseReference(
                r.value(ExemptionFields.REGULATION),
                r.value(ExemptionFields.CLAUSE),
                r.value(ExemptionFields.REQUIREMENT));
        ClauseReference approved = granted
                ? new ClauseReference(
                        r.decidedValue(ExemptionFields.REGULATION),
                        r.decidedValue(ExemptionFields.CLAUSE),
                        blankToNull(r.decidedValue(ExemptionFields.REQUIREMENT)))
                : null;
        List<UUID> systems = ExemptionFields.systems(r.value(ExemptionFields.SYSTEMS));
        ExemptionRecord record = new ExemptionRecord(
                r.id(),
                r.number(),
                d.decidedByName(),
                d.decidedByRole(),
                d.decidedByUnit(),
                d.decidedByContact(),
                d.onBehalfOfName(),
                r.applicantId(),
                r.applicantName(),
                r.applicantUnitName(),
                r.applicantContact(),
                applied,
                systems,
                r.periodFrom(),
                r.periodTo(),
                r.value(ExemptionFields.MEASURES),
                r.value(ExemptionFields.END_REPORT_METHOD),
                r.value(ExemptionFields.REASON),
                r.postHoc(),
                r.value(ExemptionFields.POST_HOC_REASON),
                granted,
                d.reason(),
                approved,
                granted ? r.approvedFrom() : null,
                granted ? r.approvedTo() : null,
                granted ? r.decidedValue(ExemptionFields.MEASURES) : null,
                granted ? r.decidedValue(ExemptionFields.END_REPORT_METHOD) : null,
                r.conditions(),
                granted && r.endReportRequired(),
                d.decidedAt(),
                d.snapshotSha256(),
                null,
                null,
                null,
                null,
                null,
                0);
        records.insert(event.organizationId(), d.decidedById(), record);
        audit.record(AuditRecord.of(
                        event.organizationId(),
                        "exemption.review-record.reported",
                        "exemption",
                        r.id(),
                        "例外措置の審査記録を作成しCISOへ報告: " + r.number() + (granted ? "（許可）" : "（不許可）"))
                .withAfter(Map.of(
                        "granted", granted,
                        "clause", (approved != null ? approved : applied).display(),
                        "snapshotSha256", d.snapshotSha256())));
        notifications.send(new Notifications.Message(
                event.organizationId(),
                notifications.holdersOf(Permission.CISO_REPORT_RECEIVE, null),
                "exemption.notification.reported",
                new Object[] {r.number(), r.title(), granted ? "許可" : "不許可", d.decidedByName()},
                "exemption",
                r.id(),
                "/exemptions/" + r.id()));
        if (granted) {
            events.publishEvent(new ExemptionGranted(
                    event.organizationId(),
                    r.id(),
                    r.number(),
                    approved,
                    systems,
                    approved.requirementId() == null ? List.of() : List.of(approved.requirementId()),
                    r.approvedFrom(),
                    r.approvedTo()));
        }
    }

    @EventListener
    void on(RequestEnded event) {
        if (!ExemptionFields.TYPE.equals(event.typeCode())) {
            return;
        }
        records.find(event.organizationId(), event.requestId()).ifPresent(record -> {
            if (records.ended(event.requestId(), event.reason().name(), event.on())) {
                audit.record(AuditRecord.of(
                                event.organizationId(),
                                "exemption.exemption.ended",
                                "exemption",
                                event.requestId(),
                                "例外措置の終了: " + record.number() + "（" + event.reason() + "）")
                        .withAfter(Map.of("reason", event.reason(), "on", event.on()))
                        .by(
                                org.springframework.security.core.context.SecurityContextHolder.getContext()
                                                        .getAuthentication()
                                                == null
                                        ? AuditActor.system()
                                        : null));
                ClauseReference clause = record.approvedClause();
                events.publishEvent(new ExemptionEnded(
                        event.organizationId(),
                        event.requestId(),
                        record.systemIds(),
                        clause == null || clause.requirementId() == null ? List.of() : List.of(clause.requirementId()),
                        event.reason().name(),
                        event.on()));
            }
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
