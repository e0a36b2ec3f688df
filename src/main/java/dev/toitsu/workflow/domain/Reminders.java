package dev.toitsu.workflow.domain;

import dev.toitsu.audittrail.AuditActor;
import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.workflow.ApprovalRequest;
import dev.toitsu.workflow.Notifications;
import dev.toitsu.workflow.RequestEnded;
import dev.toitsu.workflow.RequestState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily reminders, on one instance of the cluster at a time (ShedLock, ADR 0004), and idempotent besides (each
 * reminder is recorded once per request and occasion): decisions due within two days or overdue; permitted periods
 * ending within a week; on the last day of a period, the approver is asked to check the end report and the holder to
 * send it (001 1.2.1.3(2)(d)(e)); the day after, the request expires (or closes where no report is needed).
 */
@Component
public class Reminders {

    static final int DECISION_WARNING_DAYS = 2;
    static final int PERIOD_WARNING_DAYS = 7;

    private final RequestRepository requests;
    private final NotificationRepository bookkeeping;
    private final DelegationRepository delegations;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reminders(
            RequestRepository requests,
            NotificationRepository bookkeeping,
            DelegationRepository delegations,
            Notifications notifications,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.bookkeeping = bookkeeping;
        this.delegations = delegations;
        this.notifications = notifications;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${toitsu.workflow.reminders.cron:0 0 7 * * *}", zone = "${toitsu.time-zone:Asia/Tokyo}")
    @SchedulerLock(name = "workflow-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Transactional
    public void daily() {
        run(LocalDate.now(clock));
    }

    /** What the daily job does, for a given day; returns how many reminders and state changes it made. */
    @Transactional
    public int run(LocalDate today) {
        int sent = 0;
        for (RequestRepository.Due due : requests.decisionsDueBy(today.plusDays(DECISION_WARNING_DAYS))) {
            ApprovalRequest r = due.request();
            boolean overdue = today.isAfter(r.stepDueOn());
            String occasion = "step" + r.stepIndex() + ":" + r.stepDueOn() + (overdue ? ":overdue" : ":soon");
            if (bookkeeping.firstReminder(r.id(), "decision", occasion)) {
                List<UUID> recipients = new ArrayList<>(due.approvers());
                due.approvers().forEach(a -> recipients.addAll(delegations.delegatesOf(a, today)));
                send(
                        r,
                        recipients,
                        overdue ? "workflow.notification.decisionOverdue" : "workflow.notification.decisionDue",
                        r.stepDueOn());
                sent++;
            }
        }
        for (ApprovalRequest r :
                requests.periodsEndingBetween(today.plusDays(1), today.plusDays(PERIOD_WARNING_DAYS))) {
            if (r.state().approved()
                    && bookkeeping.firstReminder(
                            r.id(), "period-ending", r.approvedTo().toString())) {
                send(r, List.of(r.applicantId()), "workflow.notification.periodEnding", r.approvedTo());
                sent++;
            }
        }
        // 001 1.2.1.3(2)(e): on the end date the approver checks whether the end report has arrived
        for (ApprovalRequest r : requests.periodsEndingBetween(LocalDate.of(2000, 1, 1), today)) {
            if (r.endReportRequired()
                    && r.endReportedAt() == null
                    && bookkeeping.firstReminder(
                            r.id(), "end-check", r.approvedTo().toString())) {
                if (r.finalApproverId() != null) {
                    send(r, List.of(r.finalApproverId()), "workflow.notification.endCheck", r.approvedTo());
                }
                send(r, List.of(r.applicantId()), "workflow.notification.endReportRequested", r.approvedTo());
                requests.chased(r.id());
                sent++;
            }
        }
        for (ApprovalRequest r : requests.endPeriods(today)) {
            audit.record(AuditRecord.of(
                            r.organizationId(),
                            r.state() == RequestState.EXPIRED ? "workflow.request.expired" : "workflow.request.closed",
                            "approval-request",
                            r.id(),
                            (r.state() == RequestState.EXPIRED ? "許可期間が終了（終了報告待ち）: " : "許可期間が終了: ") + r.number())
                    .withAfter(Map.of("state", r.state(), "approvedTo", r.approvedTo()))
                    .by(AuditActor.system()));
            events.publishEvent(new RequestEnded(
                    r.organizationId(), r.id(), r.typeCode(), RequestEnded.Reason.PERIOD_ENDED, today));
            sent++;
        }
        return sent;
    }

    private void send(ApprovalRequest r, List<UUID> recipients, String code, LocalDate day) {
        notifications.send(new Notifications.Message(
                r.organizationId(),
                recipients,
                code,
                new Object[] {r.typeName(), r.number(), r.title(), String.valueOf(day)},
                "approval-request",
                r.id(),
                "/requests/" + r.id()));
    }
}
