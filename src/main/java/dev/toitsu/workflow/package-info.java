/**
 * The approvals engine: request types defined as data (form fields with validation, the route of 許可権限者 by role
 * and scope, checks the approver confirms, deadlines), requests through draft, submission, decision per step,
 * return for correction, withdrawal, the permitted period and its end report; comments and attachments (size, type,
 * SHA-256, virus-scan hook); delegation during absence; escalation to the superior of a conflicted approver
 * (001 1.2.1.2(2)); separation of duties checked at every transition (001 1.2.1.2(1)(a)(ア)); an append-only
 * decision record with a snapshot of what was approved; the in-app inbox, e-mail and cluster-safe reminders.
 * Publishes {@link dev.toitsu.workflow.RequestSubmitted}, {@link dev.toitsu.workflow.RequestDecided} and
 * {@link dev.toitsu.workflow.RequestEnded}. Uses {@code shared}, {@code organization} (people, units, role holders,
 * separation of duties) and {@code audittrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package dev.toitsu.workflow;
