/**
 * The organization's 対策基準 and its design conformance (設計の準拠性) to a catalog edition. Two facades: {@link
 * dev.toitsu.standard.ConformanceMapper} (plain Java, no Spring context and no database, so the command line runs it
 * directly: which catalog requirements each clause corresponds to, which requirements nothing covers, and where a
 * clause weakens the requirement it maps to) and {@link dev.toitsu.standard.Standards} (the stored, versioned
 * 対策基準 with review and approval, suggested/confirmed/rejected/added mappings, the coverage report and its Excel
 * export). Internals: the Lucene/kuromoji matcher ({@code mapping}), the weakening rules ({@code weakening}),
 * storage and reports ({@code domain}), pages ({@code web}) and the JSON API ({@code rest}). It uses the root API of
 * {@code catalog} (clause trees, editions, the importer), {@code organization} (separation of duties: the person who
 * submitted a version does not approve it), {@code audittrail} (every change recorded in its transaction) and
 * {@code platform} (web shell, problem details).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organization standard and conformance",
        allowedDependencies = {"catalog", "organization", "audittrail", "platform", "shared"})
package dev.toitsu.standard;
