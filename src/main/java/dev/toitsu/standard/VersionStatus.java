package dev.toitsu.standard;

/**
 * Where a version of the 対策基準 stands: drafted by the 統括情報セキュリティ責任者, reviewed by the 情報セキュリティ委員会,
 * approved by the CISO (001 1.2.1.1(1), 1.2.1.1(3)), then in force until the next version supersedes it.
 */
public enum VersionStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    IN_FORCE,
    SUPERSEDED
}
