/**
 * The catalog of standards: the published texts an organization measures itself against (統一基準, ガイドライン, and
 * its own 対策基準), stored as immutable editions of clause trees with ids taken from the document's own numbering,
 * typed crosswalks between editions, a Japanese full-text index, comparison and OSCAL exchange. The module root is
 * its API: the {@link dev.toitsu.catalog.Catalog} facade, the regulation-text importer
 * ({@link dev.toitsu.catalog.RegulationTextParser}, no Spring, no database) and immutable records such as
 * {@link dev.toitsu.catalog.RequirementSummary} by which other modules refer to clauses (edition code + node id).
 * Internals: {@code importer} (parsing, the readers of the shipped revision summaries), {@code domain} (storage,
 * shipped catalogs, comparison), {@code search} (Lucene + kuromoji), {@code oscal}, {@code web}, {@code rest}. It
 * depends on {@code shared}, on {@code platform} for problem details and on {@code audittrail}, which records every
 * import in the import's transaction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog of standards")
package dev.toitsu.catalog;
