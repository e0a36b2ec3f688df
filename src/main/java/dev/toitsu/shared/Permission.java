package dev.toitsu.shared;

/**
 * What a role allows. Roles are data (renamed and extended per organization); each role definition lists the
 * permissions it grants, and service-layer checks ask for permissions, never for role names.
 */
public enum Permission {
    /** Operate the deployment: create organizations, see every organization's existence. */
    PLATFORM_ADMINISTER,
    /** Maintain units, people, role definitions, role assignments and separation rules of the organization. */
    ORGANIZATION_ADMINISTER,
    /** Read the organization's directory: units, role holders, the contact list (連絡網). */
    DIRECTORY_READ,
    /** Read and export the audit trail (操作履歴). */
    AUDIT_TRAIL_READ,
    /** See aggregate status of the organizations this organization oversees (所管). */
    OVERSIGHT_VIEW,
    /** Maintain catalogs of standards: import editions, crosswalks. */
    CATALOG_ADMINISTER,
    /** Define the organization's request types (forms, approval routes, deadlines) and see every request's route. */
    WORKFLOW_ADMINISTER,
    /** Read every request of the organization (the register of approvals), with exports. */
    REQUEST_REGISTER_READ,
    /** Read the 例外措置 ledger (001 1.2.1.3(2)(f): kept by the CISO, open to the 監査責任者). */
    EXEMPTION_LEDGER_READ,
    /** Receive and acknowledge the 審査記録 reported to the CISO (001 1.2.1.3(2)(c)) and violation reports. */
    CISO_REPORT_RECEIVE,
    /** Record the measures taken on a reported violation (001 1.2.1.3(1)(b): the 情報セキュリティ責任者). */
    VIOLATION_HANDLE,
    /** Read the classification scheme and rule tables; ask whether information may be sent a certain way. */
    CLASSIFICATION_READ,
    /** Maintain the classification scheme (格付・取扱制限), rule tables and 重要度 criteria (統括情報セキュリティ責任者). */
    CLASSIFICATION_ADMINISTER,
    /** Read the registers (情報資産, 情報システム, 機器等, 外部電磁的記録媒体): organization-wide or for a unit. */
    REGISTRY_READ,
    /** Keep the registers: organization-wide, for a unit and the units below it, or (system roles) for a system. */
    REGISTRY_ADMINISTER,
    /** Maintain the organization's 対策基準: import versions, submit them for review, map clauses (統括). */
    STANDARD_ADMINISTER,
    /** Approve a version of the 対策基準 and put it in force (CISO). */
    STANDARD_APPROVE;

    public String authority() {
        return "PERM_" + name();
    }
}
