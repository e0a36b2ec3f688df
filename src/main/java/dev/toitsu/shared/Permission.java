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
    /** Maintain the organization's 対策基準: import versions, submit them for review, map clauses (統括). */
    STANDARD_ADMINISTER,
    /** Approve a version of the 対策基準 and put it in force (CISO). */
    STANDARD_APPROVE;

    public String authority() {
        return "PERM_" + name();
    }
}
