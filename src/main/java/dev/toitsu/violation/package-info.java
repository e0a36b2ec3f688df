/**
 * 違反 (001 1.2.1.3(1)): any staff member reports a serious violation of the security rules; the
 * 情報セキュリティ責任者 responsible (holders of VIOLATION_HANDLE for the reporter's unit) records the measures taken,
 * which reports it to the CISO (CISO_REPORT_RECEIVE), who acknowledges it. Uses {@code shared}, {@code organization},
 * {@code workflow} (notifications) and {@code audittrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Violation")
package dev.toitsu.violation;
