package dev.toitsu.workflow;

import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.organization.Escalation;
import dev.toitsu.organization.OrganizationDirectory;
import dev.toitsu.organization.PersonProfile;
import dev.toitsu.organization.SeparationOfDuties;
import dev.toitsu.organization.Subject;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.FiscalYear;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import dev.toitsu.workflow.domain.AttachmentPolicy;
import dev.toitsu.workflow.domain.AttachmentRepository;
import dev.toitsu.workflow.domain.CommentRepository;
import dev.toitsu.workflow.domain.DecisionRepository;
import dev.toitsu.workflow.domain.Eligibility;
import dev.toitsu.workflow.domain.FormPolicy;
import dev.toitsu.workflow.domain.Json;
import dev.toitsu.workflow.domain.RequestRepository;
import dev.toitsu.workflow.domain.RequestTypeRepository;
import dev.toitsu.workflow.domain.Routing;
import dev.toitsu.workflow.domain.Snapshots;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications and their decisions. One use case, one transaction; each state change is written to the audit trail
 * in it. Separation of duties is checked whenever someone decides: never the applicant, never on behalf of the
 * applicant through a delegation, never the same person on two steps of one route, and the organization's
 * separation matrix ({@code <family>.apply} × {@code <family>.decide}, 001 1.2.1.2(1)(a)(ア)) besides.
 */
@Service
@Transactional
public class ApprovalRequests {

    /** The organization's separation matrix refuses the person (the decision itself throws the rule's reason). */
    static final String SEPARATED = "workflow.decision.separated";

    private final RequestTypeRepository types;
    private final RequestRepository requests;
    private final DecisionRepository decisions;
    private final CommentRepository comments;
    private final AttachmentRepository attachments;
    private final Routing routing;
    private final Eligibility eligibility;
    private final SeparationOfDuties separation;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final VirusScanner scanner;
    private final AttachmentPolicy attachmentPolicy;
    private final Clock clock;
    private final List<RequestValidator> validators;

    ApprovalRequests(
            RequestTypeRepository types,
            RequestRepository requests,
            DecisionRepository decisions,
            CommentRepository comments,
            AttachmentRepository attachments,
            Routing routing,
            Eligibility eligibility,
            SeparationOfDuties separation,
            OrganizationDirectory directory,
            AuditTrail audit,
            Notifications notifications,
            ApplicationEventPublisher events,
            VirusScanner scanner,
            AttachmentPolicy attachmentPolicy,
            Clock clock,
            List<RequestValidator> validators) {
        this.validators = List.copyOf(validators);
        this.types = types;
        this.requests = requests;
        this.decisions = decisions;
        this.comments = comments;
        this.attachments = attachments;
        this.routing = routing;
        this.eligibility = eligibility;
        this.separation = separation;
        this.directory = directory;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.scanner = scanner;
        this.attachmentPolicy = attachmentPolicy;
        this.clock = clock;
    }

    // ---- applying ------------------------------------------------------------------------------------------

    /** Creates a request as the current person; with {@code submit} it goes straight to its first approver. */
    public ApprovalRequest create(RequestDraft draft, boolean submit) {
        Actor actor = Actors.current();
        UUID me = person(actor);
        RequestType type = types.byCode(actor.organizationId(), Objects.requireNonNullElse(draft.typeCode(), ""))
                .filter(RequestType::active)
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        PersonProfile applicant = directory.person(me).orElseThrow(() -> new NotFoundException("error.notFound"));
        RequestRepository.NewRequest n = newRequest(actor, type, applicant, draft, submit);
        String number = type.code() + "-" + FiscalYear.containing(today()).startYear() + "-"
                + String.format("%06d", requests.nextNumber());
        UUID id = requests.insert(n, number);
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "workflow.request.drafted",
                        "approval-request",
                        id,
                        "申請を作成: " + number + " " + n.title())
                .withAfter(state(n)));
        if (submit) {
            return submit(id, 0);
        }
        return requests.find(actor.organizationId(), id).orElseThrow();
    }

    /** The applicant changes a draft or a request returned for correction. */
    public ApprovalRequest revise(UUID id, long version, RequestDraft draft) {
        Actor actor = Actors.current();
        ApprovalRequest r = ownRequest(actor, id);
        if (!r.state().editableByApplicant()) {
            throw new DomainException("workflow.request.notEditable");
        }
        RequestType type = types.find(r.typeId()).orElseThrow();
        PersonProfile applicant = directory.person(r.applicantId()).orElseThrow();
        RequestRepository.NewRequest n = newRequest(actor, type, applicant, draft, false);
        requests.revise(id, version, n);
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "workflow.request.revised",
                        "approval-request",
                        id,
                        "申請を修正: " + r.number())
                .withBefore(Map.of("values", r.values(), "version", r.version()))
                .withAfter(state(n)));
        return requests.find(actor.organizationId(), id).orElseThrow();
    }

    /** Sends a draft or a corrected request to the first step of its route. */
    public ApprovalRequest submit(UUID id, long version) {
        Actor actor = Actors.current();
        ApprovalRequest r = ownRequest(actor, id);
        if (!r.state().editableByApplicant()) {
            throw new DomainException("workflow.request.notSubmittable");
        }
        if (r.version() != version) {
            throw new ConflictException("error.conflict");
        }
        RequestType type = types.find(r.typeId()).orElseThrow();
        FormPolicy.clean(type, r.values(), true);
        validators.forEach(v -> v.validate(type.code(), r.values()));
        FormPolicy.checkPeriod(
                type, r.periodFrom(), r.periodTo(), r.postHoc(), r.values().get(FormPolicy.POST_HOC_REASON), today());
        Routing.Resolved first =
                routing.resolve(type, type.nextStep(0, r.values()), r.applicantId(), r.applicantUnitId(), today());
        if (!requests.toStep(id, version, first.step(), true, null, null, null, null)) {
            throw new ConflictException("error.conflict");
        }
        ApprovalRequest submitted = requests.find(actor.organizationId(), id).orElseThrow();
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "workflow.request.submitted",
                        "approval-request",
                        id,
                        (r.postHoc() ? "事後申請を提出: " : "申請を提出: ") + r.number() + " " + r.title())
                .withBefore(Map.of("state", r.state()))
                .withAfter(stepState(submitted, first.approvers())));
        tellApprovers(submitted, type, first.approvers());
        events.publishEvent(new RequestSubmitted(actor.organizationId(), id, type.code(), r.number()));
        return submitted;
    }

    /** The applicant withdraws a request that is not yet decided. */
    public ApprovalRequest withdraw(UUID id, long version) {
        Actor actor = Actors.current();
        ApprovalRequest r = ownRequest(actor, id);
        if (r.state() != RequestState.DRAFT
                && r.state() != RequestState.SUBMITTED
                && r.state() != RequestState.RETURNED) {
            throw new DomainException("workflow.request.notWithdrawable");
        }
        requests.withdraw(id, version);
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "workflow.request.withdrawn",
                        "approval-request",
                        id,
                        "申請を取り下げ: " + r.number())
                .withBefore(Map.of("state", r.state()))
                .withAfter(Map.of("state", RequestState.WITHDRAWN)));
        return requests.find(actor.organizationId(), id).orElseThrow();
    }

    // ---- deciding ------------------------------------------------------------------------------------------

    /**
     * Decides the current step. Exactly one decision per step: a second approver who saw the same version gets
     * {@code workflow.request.decidedMeanwhile} (the conditional update finds the version gone).
     */
    public Decision decide(UUID id, DecisionDraft d) {
        Actor actor = Actors.current();
        UUID me = person(actor);
        ApprovalRequest r = visible(actor, id);
        if (r.state() != RequestState.SUBMITTED) {
            throw r.decidedAt() != null || r.state() == RequestState.RETURNED
                    ? new ConflictException("workflow.request.decidedMeanwhile")
                    : new DomainException("workflow.request.notOpen");
        }
        if (r.version() != d.version()) {
            throw new ConflictException("workflow.request.decidedMeanwhile");
        }
        RequestType type = types.find(r.typeId()).orElseThrow();
        Eligibility.Authority authority = eligibility
                .authority(r, me, today())
                .orElseThrow(() -> new AccessDeniedException("workflow.decision.notApprover"));
        requireSeparated(type, r, me);
        if (authority.onBehalfOf() != null) {
            requireSeparated(type, r, authority.onBehalfOf());
        }
        if (decidedThisRound(r, me)
                || (authority.onBehalfOf() != null && decidedThisRound(r, authority.onBehalfOf()))) {
            throw new DomainException("workflow.decision.secondStep");
        }
        DecisionOutcome outcome = outcome(d);
        String reason = trimmed(d.reason(), 4000);
        String stepConditions = trimmed(d.conditions(), 4000);
        if ((outcome == DecisionOutcome.REJECTED || outcome == DecisionOutcome.RETURNED) && reason == null) {
            throw new InvalidFieldException("reason", "workflow.decision.reason.required");
        }
        if (outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS && stepConditions == null) {
            throw new InvalidFieldException("conditions", "workflow.decision.conditions.required");
        }
        boolean approving = outcome == DecisionOutcome.APPROVED || outcome == DecisionOutcome.APPROVED_WITH_CONDITIONS;
        Map<String, String> approvedValues = null;
        LocalDate approvedFrom = null;
        LocalDate approvedTo = null;
        String conditions = r.conditions();
        if (approving) {
            List<String> missing = type.checks().stream()
                    .filter(c -> !d.confirmedChecks().contains(c.key()))
                    .map(CheckItem::label)
                    .toList();
            if (!missing.isEmpty()) {
                throw new InvalidFieldException(
                        "confirmedChecks", "workflow.decision.checks.incomplete", String.join("、", missing));
            }
            approvedValues = new LinkedHashMap<>(r.approvedValues() != null ? r.approvedValues() : r.values());
            approvedValues.putAll(FormPolicy.amendments(type, d.amendedValues()));
            Map<String, String> permitted = Map.copyOf(approvedValues);
            validators.forEach(v -> v.validate(type.code(), permitted));
            approvedFrom = d.approvedFrom() != null ? d.approvedFrom() : firstNonNull(r.approvedFrom(), r.periodFrom());
            approvedTo = d.approvedTo() != null ? d.approvedTo() : firstNonNull(r.approvedTo(), r.periodTo());
            if (type.hasPeriod() && (approvedFrom == null || approvedTo == null || approvedTo.isBefore(approvedFrom))) {
                throw new InvalidFieldException("approvedTo", "workflow.decision.period.invalid");
            }
            if (stepConditions != null) {
                String label = stepLabel(type, r.stepIndex());
                conditions = (conditions == null ? "" : conditions + "\n") + "【" + label + "】" + stepConditions;
            }
        }
        int stepIndex = r.stepIndex();
        // conditional steps (e.g. the CISO above an amount) are read against what is being approved
        int nextIndex = type.nextStep(stepIndex + 1, approving ? approvedValues : r.values());
        boolean last = nextIndex < 0;
        boolean endReport = r.endReportRequired() && !d.waiveEndReport();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        PersonProfile decider = directory.person(me).orElseThrow();
        String onBehalfName = authority.onBehalfOf() == null
                ? null
                : directory
                        .person(authority.onBehalfOf())
                        .map(PersonProfile::displayName)
                        .orElse(null);
        Snapshots.Decider by = new Snapshots.Decider(
                me,
                decider.displayName(),
                authority.roleName(),
                decider.unitName(),
                decider.email(),
                authority.onBehalfOf(),
                onBehalfName,
                r.stepAssigneeId() != null);
        List<String> checks = type.checks().stream()
                .map(CheckItem::key)
                .filter(d.confirmedChecks()::contains)
                .toList();
        Map<String, Object> snapshot = Snapshots.of(
                type,
                r,
                stepIndex,
                stepLabel(type, stepIndex),
                outcome,
                reason,
                stepConditions,
                checks,
                approvedValues,
                approvedFrom,
                approvedTo,
                approving && endReport,
                by,
                now);
        String sha = Json.sha256(Json.canonical(snapshot));

        Routing.Resolved next = null;
        boolean updated;
        RequestState finalState = null;
        if (outcome == DecisionOutcome.RETURNED) {
            updated = requests.conclude(
                    id, d.version(), RequestState.RETURNED, null, null, null, null, null, r.endReportRequired());
        } else if (outcome == DecisionOutcome.REJECTED) {
            finalState = RequestState.REJECTED;
            updated = requests.conclude(id, d.version(), finalState, null, null, null, null, null, false);
        } else if (!last) {
            next = routing.resolve(type, nextIndex, r.applicantId(), r.applicantUnitId(), today());
            updated = requests.toStep(
                    id, d.version(), next.step(), false, approvedValues, approvedFrom, approvedTo, conditions);
        } else {
            finalState = conditions == null ? RequestState.APPROVED : RequestState.APPROVED_WITH_CONDITIONS;
            UUID principal = authority.onBehalfOf() != null ? authority.onBehalfOf() : me;
            updated = requests.conclude(
                    id,
                    d.version(),
                    finalState,
                    principal,
                    approvedValues,
                    approvedFrom,
                    approvedTo,
                    conditions,
                    endReport);
        }
        if (!updated) {
            throw new ConflictException("workflow.request.decidedMeanwhile");
        }
        Decision decision = new Decision(
                null,
                id,
                stepIndex,
                stepLabel(type, stepIndex),
                outcome,
                me,
                decider.displayName(),
                authority.roleName(),
                decider.unitName(),
                decider.email(),
                authority.onBehalfOf(),
                onBehalfName,
                r.stepAssigneeId() != null,
                reason,
                stepConditions,
                checks,
                snapshot,
                sha,
                now);
        UUID decisionId = decisions.insert(actor.organizationId(), decision);
        Decision recorded = decisions.find(actor.organizationId(), decisionId).orElseThrow();
        ApprovalRequest after = requests.find(actor.organizationId(), id).orElseThrow();

        Map<String, Object> trail = new LinkedHashMap<>(snapshot);
        trail.put("snapshotSha256", sha);
        trail.put("state", after.state());
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "workflow.request." + auditVerb(outcome, finalState),
                        "approval-request",
                        id,
                        summary(outcome, finalState, r, decider.displayName(), onBehalfName))
                .withBefore(Map.of("state", r.state(), "step", stepIndex, "version", r.version()))
                .withAfter(trail));

        if (next != null) {
            tellApprovers(after, type, next.approvers());
        }
        String code = switch (outcome) {
            case RETURNED -> "workflow.notification.returned";
            case REJECTED -> "workflow.notification.rejected";
            default -> finalState != null ? "workflow.notification.approved" : "workflow.notification.stepApproved";
        };
        notifications.send(new Notifications.Message(
                actor.organizationId(),
                List.of(r.applicantId()),
                code,
                new Object[] {type.name(), r.number(), r.title(), decider.displayName(), Objects.toString(reason, "")},
                "approval-request",
                id,
                "/requests/" + id));
        events.publishEvent(new RequestDecided(actor.organizationId(), after, recorded, finalState != null));
        return recorded;
    }

    /**
     * 001 1.2.1.2(2): the approver finds themselves unfit to decide (separation of duties refuses them, or their own
     * position conflicts): the step goes to their superior, who decides in their place.
     */
    public ApprovalRequest escalate(UUID id, long version) {
        Actor actor = Actors.current();
        UUID me = person(actor);
        ApprovalRequest r = visible(actor, id);
        eligibility
                .authority(r, me, today())
                .orElseThrow(() -> new AccessDeniedException("workflow.decision.notApprover"));
        Escalation superior = separation
                .escalationFor(me)
                .filter(e -> !e.personId().equals(r.applicantId()))
                .orElseThrow(() -> new DomainException("workflow.route.noEscalation", ""));
        if (!requests.assign(id, version, superior.personId())) {
            throw new ConflictException("workflow.request.decidedMeanwhile");
        }
        ApprovalRequest after = requests.find(actor.organizationId(), id).orElseThrow();
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "workflow.request.escalated",
                        "approval-request",
                        id,
                        "上司へ回付: " + r.number() + " → " + superior.displayName())
                .withBefore(Map.of("assignee", Objects.toString(r.stepAssigneeId(), "")))
                .withAfter(Map.of("assignee", superior.personId(), "basis", superior.basis())));
        tellApprovers(after, types.find(r.typeId()).orElseThrow(), List.of(superior.personId()));
        return after;
    }

    // ---- after approval ------------------------------------------------------------------------------------

    /** 001 1.2.1.3(2)(d): the holder reports that the permitted measure ended; the request closes. */
    public ApprovalRequest reportEnd(UUID id, long version, String report) {
        Actor actor = Actors.current();
        ApprovalRequest r = ownRequest(actor, id);
        if (!r.state().approved() && r.state() != RequestState.EXPIRED) {
            throw new DomainException("workflow.request.notActive");
        }
        String text = trimmed(report, 4000);
        if (text == null) {
            throw new InvalidFieldException("report", "workflow.request.endReport.required");
        }
        requests.reportEnd(id, version, text);
        ApprovalRequest after = requests.find(actor.organizationId(), id).orElseThrow();
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "workflow.request.end-reported",
                        "approval-request",
                        id,
                        "終了を報告: " + r.number())
                .withBefore(Map.of("state", r.state()))
                .withAfter(Map.of("state", after.state(), "endReport", text)));
        if (r.finalApproverId() != null) {
            RequestType type = types.find(r.typeId()).orElseThrow();
            notifications.send(new Notifications.Message(
                    actor.organizationId(),
                    List.of(r.finalApproverId()),
                    "workflow.notification.endReported",
                    new Object[] {type.name(), r.number(), r.title(), r.applicantName()},
                    "approval-request",
                    id,
                    "/requests/" + id));
        }
        events.publishEvent(
                new RequestEnded(actor.organizationId(), id, r.typeCode(), RequestEnded.Reason.REPORTED, today()));
        return after;
    }

    /** 001 1.2.1.3(2)(e): no end report by the end date: the approver asks the holder for the situation. */
    public void chaseEndReport(UUID id) {
        Actor actor = Actors.current();
        UUID me = person(actor);
        ApprovalRequest r = visible(actor, id);
        if (!me.equals(r.finalApproverId())) {
            throw new AccessDeniedException("workflow.request.notFinalApprover");
        }
        if (!chaseable(r)) {
            throw new DomainException("workflow.request.notChaseable");
        }
        requests.chased(id);
        audit.record(AuditRecord.of(
                actor.organizationId(),
                "workflow.request.end-report-requested",
                "approval-request",
                id,
                "終了報告又は状況報告を求めた: " + r.number()));
        RequestType type = types.find(r.typeId()).orElseThrow();
        notifications.send(new Notifications.Message(
                actor.organizationId(),
                List.of(r.applicantId()),
                "workflow.notification.endReportRequested",
                new Object[] {type.name(), r.number(), r.title(), String.valueOf(r.approvedTo())},
                "approval-request",
                id,
                "/requests/" + id));
    }

    // ---- comments and attachments --------------------------------------------------------------------------

    public Comment comment(UUID id, String body) {
        Actor actor = Actors.current();
        UUID me = person(actor);
        ApprovalRequest r = visible(actor, id);
        String text = trimmed(body, 4000);
        if (text == null) {
            throw new InvalidFieldException("body", "workflow.comment.body.required");
        }
        String name = directory.person(me).map(PersonProfile::displayName).orElse(actor.displayName());
        UUID commentId = comments.insert(actor.organizationId(), id, me, name, text);
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "workflow.request.commented",
                        "approval-request",
                        id,
                        "コメント: " + r.number())
                .withAfter(Map.of("comment", commentId, "body", text)));
        return comments.of(id).stream()
                .filter(c -> c.id().equals(commentId))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Attaches a file: the applicant while the request is open, or whoever decides its current step. Size and type
     * are limited, the content is hashed (SHA-256) and passed through the virus-scan hook first.
     */
    public Attachment attach(UUID id, String fileName, byte[] content) {
        Actor actor = Actors.current();
        UUID me = person(actor);
        ApprovalRequest r = visible(actor, id);
        boolean applicant = r.applicantId().equals(me) && !r.state().finished();
        if (!applicant && eligibility.authority(r, me, today()).isEmpty()) {
            throw new AccessDeniedException("error.forbidden");
        }
        AttachmentPolicy.Accepted accepted = attachmentPolicy.accept(fileName, content.length);
        Attachment.ScanResult scan = switch (scanner.scan(accepted.fileName(), content)) {
            case CLEAN -> Attachment.ScanResult.CLEAN;
            case NOT_SCANNED -> Attachment.ScanResult.NOT_SCANNED;
            case INFECTED -> throw new DomainException("workflow.attachment.infected");
            case FAILED -> throw new DomainException("workflow.attachment.scanFailed");
        };
        String sha = Json.sha256(content);
        String name = directory.person(me).map(PersonProfile::displayName).orElse(actor.displayName());
        UUID attachmentId = attachments.insert(
                actor.organizationId(), id, accepted.fileName(), accepted.contentType(), content, sha, scan, me, name);
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "workflow.request.attached",
                        "approval-request",
                        id,
                        "添付: " + r.number() + " " + accepted.fileName())
                .withAfter(Map.of(
                        "attachment", attachmentId,
                        "fileName", accepted.fileName(),
                        "size", content.length,
                        "sha256", sha,
                        "scan", scan)));
        return attachments.of(id).stream()
                .filter(a -> a.id().equals(attachmentId))
                .findFirst()
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public AttachmentContent attachment(UUID requestId, UUID attachmentId) {
        Actor actor = Actors.current();
        visible(actor, requestId);
        return attachments.content(requestId, attachmentId).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    // ---- reading -------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public ApprovalRequest get(UUID id) {
        return visible(Actors.current(), id);
    }

    /** The request with its decisions, comments, attachments and what the current person may do with it. */
    @Transactional(readOnly = true)
    public RequestDetail detail(UUID id) {
        Actor actor = Actors.current();
        UUID me = actor.personId();
        ApprovalRequest r = visible(actor, id);
        RequestType type = types.find(r.typeId()).orElseThrow();
        Optional<Eligibility.Authority> authority =
                me == null ? Optional.empty() : eligibility.authority(r, me, today());
        String refusal = null;
        if (authority.isPresent()) {
            refusal = refusal(type, r, me);
            if (refusal == null && authority.get().onBehalfOf() != null) {
                refusal = refusal(type, r, authority.get().onBehalfOf());
            }
            if (refusal == null
                    && (decidedThisRound(r, me)
                            || (authority.get().onBehalfOf() != null
                                    && decidedThisRound(r, authority.get().onBehalfOf())))) {
                refusal = "workflow.decision.secondStep";
            }
        }
        boolean applicant = r.applicantId().equals(me);
        return new RequestDetail(
                r,
                type,
                decisions.of(id),
                comments.of(id),
                attachments.of(id),
                r.stepIndex() == null ? null : stepLabel(type, r.stepIndex()),
                authority.isPresent() && refusal == null,
                authority
                        .flatMap(a -> Optional.ofNullable(a.onBehalfOf()))
                        .flatMap(directory::person)
                        .map(PersonProfile::displayName)
                        .orElse(null),
                refusal,
                authority.isPresent(),
                applicant && r.state().editableByApplicant(),
                applicant
                        && (r.state() == RequestState.DRAFT
                                || r.state() == RequestState.SUBMITTED
                                || r.state() == RequestState.RETURNED),
                applicant && (r.state().approved() || r.state() == RequestState.EXPIRED),
                me != null && me.equals(r.finalApproverId()) && chaseable(r));
    }

    /** "My requests": the current person's applications, newest first. */
    @Transactional(readOnly = true)
    public List<ApprovalRequest> mine() {
        Actor actor = Actors.current();
        return requests.byApplicant(actor.organizationId(), person(actor));
    }

    /** "Waiting for my decision": open steps the person decides, in their own right or as a delegate. */
    @Transactional(readOnly = true)
    public List<ApprovalRequest> awaitingMe() {
        Actor actor = Actors.current();
        UUID me = person(actor);
        LocalDate today = today();
        Eligibility.Inbox inbox = eligibility.inbox(me, today);
        // the query applies the eligibility rule itself (role and unit, any scope, or the assignee), in one go
        return requests.awaiting(actor.organizationId(), inbox.roles(), inbox.people()).stream()
                .filter(r -> !r.applicantId().equals(me))
                .toList();
    }

    /** The register of every request (REQUEST_REGISTER_READ; unit-scoped holders see their units' requests). */
    @Transactional(readOnly = true)
    public RequestPage register(RequestQuery query, int page, int size) {
        Actor actor = Actors.require(Permission.REQUEST_REGISTER_READ);
        Set<UUID> units = registerUnits(actor);
        int pageSize = Math.max(1, Math.min(size, 500));
        int p = Math.max(0, page);
        return new RequestPage(
                requests.search(actor.organizationId(), query, units, pageSize, (long) p * pageSize),
                requests.count(actor.organizationId(), query, units),
                p,
                pageSize);
    }

    /** Recomputes a decision's snapshot hash: true when the stored content is what was decided. */
    @Transactional(readOnly = true)
    public boolean verifySnapshot(UUID requestId, UUID decisionId) {
        Actor actor = Actors.current();
        visible(actor, requestId);
        Decision d = decisions
                .find(actor.organizationId(), decisionId)
                .filter(x -> x.requestId().equals(requestId))
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        return Json.sha256(Json.canonical(d.snapshot())).equals(d.snapshotSha256());
    }

    // ---- internals -----------------------------------------------------------------------------------------

    private RequestRepository.NewRequest newRequest(
            Actor actor, RequestType type, PersonProfile applicant, RequestDraft draft, boolean complete) {
        Map<String, String> values = FormPolicy.clean(type, draft.values(), complete);
        if (complete) {
            FormPolicy.checkPeriod(
                    type,
                    draft.periodFrom(),
                    draft.periodTo(),
                    draft.postHoc(),
                    values.get(FormPolicy.POST_HOC_REASON),
                    today());
        } else if (draft.postHoc() && !type.postHocAllowed()) {
            throw new InvalidFieldException("postHoc", "workflow.request.postHoc.notAllowed");
        }
        String title = trimmed(draft.title(), 200);
        if (title == null) {
            title = type.name() + "（" + applicant.displayName() + "）";
        }
        String contact = trimmed(draft.contact(), 200);
        return new RequestRepository.NewRequest(
                actor.organizationId(),
                type.id(),
                type.code(),
                title,
                applicant.id(),
                applicant.displayName(),
                applicant.unitId(),
                applicant.unitName(),
                contact != null ? contact : applicant.email(),
                values,
                type.hasPeriod() ? draft.periodFrom() : null,
                type.hasPeriod() ? draft.periodTo() : null,
                draft.postHoc(),
                type.endReport());
    }

    private ApprovalRequest ownRequest(Actor actor, UUID id) {
        ApprovalRequest r = visible(actor, id);
        if (!r.applicantId().equals(actor.personId())) {
            throw new AccessDeniedException("workflow.request.notApplicant");
        }
        return r;
    }

    /**
     * Another organization's request, or one the person has no part in, looks absent. Parties: the applicant, the
     * approvers of the current step (and their delegates), whoever decided a step, register readers.
     */
    private ApprovalRequest visible(Actor actor, UUID id) {
        ApprovalRequest r =
                requests.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
        UUID me = actor.personId();
        if (me != null && r.applicantId().equals(me)) {
            return r;
        }
        if (r.state() == RequestState.DRAFT) {
            throw new NotFoundException("error.notFound");
        }
        if (me != null
                && (me.equals(r.finalApproverId())
                        || eligibility.authority(r, me, today()).isPresent()
                        || decisions.decidedBy(r.id(), me))) {
            return r;
        }
        Set<UUID> units = actor.can(Permission.REQUEST_REGISTER_READ) ? registerUnits(actor) : Set.of();
        if (actor.can(Permission.REQUEST_REGISTER_READ) && (units == null || units.contains(r.applicantUnitId()))) {
            return r;
        }
        throw new NotFoundException("error.notFound");
    }

    /** Null: the whole organization; otherwise the units (with those below) of unit-scoped grants. */
    private Set<UUID> registerUnits(Actor actor) {
        if (actor.canOrganizationWide(Permission.REQUEST_REGISTER_READ)) {
            return null;
        }
        Set<UUID> units = new HashSet<>();
        actor.grants().stream()
                .filter(g -> g.permission() == Permission.REQUEST_REGISTER_READ && g.unitId() != null)
                .forEach(g -> units.addAll(directory.unitWithDescendants(g.unitId())));
        return units;
    }

    private void requireSeparated(RequestType type, ApprovalRequest r, UUID personId) {
        String refusal = refusal(type, r, personId);
        if (refusal != null) {
            if (refusal.equals(SEPARATED)) {
                separation.requireSeparation(personId, type.decideAction(), subject(type, r));
            }
            throw new DomainException(refusal);
        }
    }

    /** Why the person may not decide, or null. The applicant never decides, whatever the matrix says. */
    private String refusal(RequestType type, ApprovalRequest r, UUID personId) {
        if (r.applicantId().equals(personId)) {
            return "workflow.decision.ownRequest";
        }
        return separation.check(personId, type.decideAction(), subject(type, r)).refused() ? SEPARATED : null;
    }

    private static Subject subject(RequestType type, ApprovalRequest r) {
        return Subject.of("approval-request", r.id())
                .inUnit(r.applicantUnitId())
                .performedBy(type.applyAction(), r.applicantId());
    }

    /** One person decides one step of a route: a decision since the last submission bars a second. */
    private boolean decidedThisRound(ApprovalRequest r, UUID personId) {
        return decisions.of(r.id()).stream()
                .filter(d -> r.submittedAt() == null || !d.decidedAt().isBefore(r.submittedAt()))
                .filter(d -> d.outcome() != DecisionOutcome.RETURNED)
                .anyMatch(d -> personId.equals(d.decidedById()) || personId.equals(d.onBehalfOfId()));
    }

    private boolean chaseable(ApprovalRequest r) {
        return (r.state().approved() || r.state() == RequestState.EXPIRED)
                && r.endReportRequired()
                && r.endReportedAt() == null
                && r.approvedTo() != null
                && !today().isBefore(r.approvedTo());
    }

    private void tellApprovers(ApprovalRequest r, RequestType type, List<UUID> approvers) {
        List<UUID> recipients = new ArrayList<>(approvers);
        notifications.send(new Notifications.Message(
                r.organizationId(),
                recipients,
                "workflow.notification.toDecide",
                new Object[] {type.name(), r.number(), r.title(), r.applicantName(), String.valueOf(r.stepDueOn())},
                "approval-request",
                r.id(),
                "/requests/" + r.id()));
    }

    private static DecisionOutcome outcome(DecisionDraft d) {
        if (d.outcome() == null) {
            throw new InvalidFieldException("outcome", "workflow.decision.outcome.required");
        }
        if (d.outcome() == DecisionOutcome.APPROVED
                && d.conditions() != null
                && !d.conditions().isBlank()) {
            return DecisionOutcome.APPROVED_WITH_CONDITIONS;
        }
        return d.outcome();
    }

    private static String auditVerb(DecisionOutcome outcome, RequestState finalState) {
        return switch (outcome) {
            case RETURNED -> "returned";
            case REJECTED -> "rejected";
            default -> finalState == null ? "step-approved" : "approved";
        };
    }

    private static String summary(
            DecisionOutcome outcome, RequestState finalState, ApprovalRequest r, String by, String onBehalfOf) {
        String verb = switch (outcome) {
            case RETURNED -> "差戻し";
            case REJECTED -> "不許可";
            case APPROVED_WITH_CONDITIONS -> finalState == null ? "承認（条件付き・次の段階へ）" : "条件付き許可";
            case APPROVED -> finalState == null ? "承認（次の段階へ）" : "許可";
        };
        return verb + ": " + r.number() + " " + r.title() + "（" + by
                + (onBehalfOf == null ? "" : "、" + onBehalfOf + "の代理") + "）";
    }

    private static String stepLabel(RequestType type, Integer index) {
        if (index == null || index >= type.route().size()) {
            return "";
        }
        RouteStep s = type.route().get(index);
        return s.label() == null ? s.roleCode() : s.label();
    }

    private static Map<String, Object> state(RequestRepository.NewRequest n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", n.typeCode());
        m.put("title", n.title());
        m.put("values", n.values());
        m.put("periodFrom", n.periodFrom());
        m.put("periodTo", n.periodTo());
        m.put("postHoc", n.postHoc());
        return m;
    }

    private static Map<String, Object> stepState(ApprovalRequest r, List<UUID> approvers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", r.state());
        m.put("step", r.stepIndex());
        m.put("role", r.stepRoleCode());
        m.put("unit", r.stepScopeUnitId());
        m.put("assignee", r.stepAssigneeId());
        m.put("dueOn", r.stepDueOn());
        m.put("approvers", approvers);
        return m;
    }

    private static String trimmed(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new DomainException("workflow.field.tooLong", "", max);
        }
        return v;
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static UUID person(Actor actor) {
        if (actor.personId() == null) {
            throw new AccessDeniedException("workflow.noPerson");
        }
        return actor.personId();
    }
}
