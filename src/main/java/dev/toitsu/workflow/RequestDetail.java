package dev.toitsu.workflow;

import java.util.List;

/**
 * A request with everything its page shows, and what the viewer may do now. {@code decideRefusal}: the viewer
 * would decide this step but separation of duties forbids it (the message code), so they may escalate instead.
 */
public record RequestDetail(
        ApprovalRequest request,
        RequestType type,
        List<Decision> decisions,
        List<Comment> comments,
        List<Attachment> attachments,
        String currentStepLabel,
        boolean canDecide,
        String onBehalfOfName,
        String decideRefusal,
        boolean canEscalate,
        boolean canEdit,
        boolean canWithdraw,
        boolean canReportEnd,
        boolean canChaseEndReport) {}
