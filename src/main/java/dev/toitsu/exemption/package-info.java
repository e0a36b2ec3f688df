/**
 * 例外措置 (001 1.2.1.3(2)): the application with exactly the fields of (b) — applicant, the rule and clause of the
 * organization's 対策基準 (and thus the catalog requirement), period, alternative measures, how the end is reported,
 * reason, post-hoc application in an emergency — decided through the {@code workflow} engine (type EXEMPTION); the
 * 審査記録 of (c) written at the decision and reported to the CISO; the ledger (台帳) of (f) for the CISO and the
 * auditors with exports; the end report and its chasing ((d), (e)) through the workflow's period. Publishes
 * {@link dev.toitsu.exemption.ExemptionGranted} and {@link dev.toitsu.exemption.ExemptionEnded} and answers
 * {@link dev.toitsu.exemption.ActiveExemptions} for the registers. Uses {@code shared}, {@code workflow},
 * {@code organization}, {@code catalog} (the requirement an exemption names must exist) and {@code audittrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exemption")
package dev.toitsu.exemption;
