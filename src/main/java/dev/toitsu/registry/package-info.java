/**
 * The registers: 情報システム台帳 (R5 2.1.2) with 重要度 decided by the organization's criteria (000 表5.1.1-1) and
 * its history, the per-system statement of applicability (which clauses of the catalog edition apply, 基本 vs 追加 by
 * 表5.1.1-2, and their status), 情報資産台帳 with Excel/CSV import and export, 機器等 (incl. IoT with JC-STAR
 * levels) and 外部電磁的記録媒体. Unit-scoped: a 課室 keeps and sees its own; system roles reach their systems.
 * Uses {@code shared}, {@code organization} (units, people, role holders), {@code classification} (levels,
 * restrictions), {@code catalog} (requirements of an edition), {@code exemption} (the 例外措置 in force shown on a
 * system's statement of applicability) and {@code audittrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry")
package dev.toitsu.registry;
