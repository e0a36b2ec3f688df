/**
 * 操作履歴: the tamper-evident, append-only audit trail. Owns the {@code audit_event} table and its hash chains (one
 * per organization, one for platform-level events). Other modules call {@link dev.toitsu.audittrail.AuditTrail#record}
 * inside the transaction that makes the change; the record commits or rolls back with it. Actors holding
 * {@link dev.toitsu.shared.Permission#AUDIT_TRAIL_READ} search, export (CSV) and verify their own organization's trail;
 * operators verify every chain from the command line. Depends on {@code shared} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package dev.toitsu.audittrail;
