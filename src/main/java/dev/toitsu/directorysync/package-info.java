/**
 * Directory sync (人事・ディレクトリ連携): people and their units from the personnel system's CSV/Excel export or from
 * LDAP / Active Directory. A sync is always previewed first (a dry run listing joins, transfers, changes and leavers,
 * with every problem of the input and its line), then applied exactly as previewed through the organization
 * module's {@code People} API, so every change is validated, audited and published as {@code PersonMoved} like a
 * change made by hand. Nothing is deleted: leavers are deactivated and their roles end. Owns the sync runs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory sync")
package dev.toitsu.directorysync;
