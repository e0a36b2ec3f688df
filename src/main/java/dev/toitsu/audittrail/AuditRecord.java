package dev.toitsu.audittrail;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A state change to record. Build with {@link #of} and the {@code with...} methods:
 *
 * <pre>{@code
 * auditTrail.record(AuditRecord.of(orgId, "organization.unit.created", "unit", unit.id(), "課室を作成: 情報政策課")
 *         .withAfter(Map.of("name", "情報政策課", "parent", parentId)));
 * }</pre>
 *
 * @param organizationId the organization whose chain records it; null for platform-level events
 * @param action a stable dotted code, lower case: {@code identity.login.succeeded}
 * @param subjectType what kind of thing changed: {@code unit}, {@code account}, {@code exemption}
 * @param subjectId its id (as text), or null when the subject is the whole organization or platform
 * @param summary a short human-readable line
 * @param before the relevant state before the change (JSON-like values: strings, numbers, booleans, maps, lists;
 *     other values are stored as their {@code toString()}), or null
 * @param after the relevant state after the change, or null
 * @param actor who acted; null means the signed-in actor of the current request
 * @param clientAddress the client's address; null means the current request's, if any
 */
public record AuditRecord(
        UUID organizationId,
        String action,
        String subjectType,
        String subjectId,
        String summary,
        Map<String, ?> before,
        Map<String, ?> after,
        AuditActor actor,
        String clientAddress) {

    public static final int MAX_SUMMARY_LENGTH = 1000;
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+");

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(summary, "summary");
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("action must be a dotted lower-case code: " + action);
        }
        if (subjectType.isBlank() || summary.isBlank()) {
            throw new IllegalArgumentException("subjectType and summary must not be blank");
        }
        if (summary.length() > MAX_SUMMARY_LENGTH) {
            throw new IllegalArgumentException("summary longer than " + MAX_SUMMARY_LENGTH + " characters");
        }
    }

    public static AuditRecord of(
            UUID organizationId, String action, String subjectType, Object subjectId, String summary) {
        return new AuditRecord(
                organizationId,
                action,
                subjectType,
                subjectId == null ? null : subjectId.toString(),
                summary,
                null,
                null,
                null,
                null);
    }

    public AuditRecord withBefore(Map<String, ?> state) {
        return new AuditRecord(
                organizationId, action, subjectType, subjectId, summary, state, after, actor, clientAddress);
    }

    public AuditRecord withAfter(Map<String, ?> state) {
        return new AuditRecord(
                organizationId, action, subjectType, subjectId, summary, before, state, actor, clientAddress);
    }

    public AuditRecord by(AuditActor explicitActor) {
        return new AuditRecord(
                organizationId, action, subjectType, subjectId, summary, before, after, explicitActor, clientAddress);
    }

    public AuditRecord from(String address) {
        return new AuditRecord(organizationId, action, subjectType, subjectId, summary, before, after, actor, address);
    }
}
