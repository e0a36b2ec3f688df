/**
 * The catalog of standards: the published texts an organization measures itself against (統一基準, ガイドライン, and
 * its own 対策基準), read into a tree of clauses with ids taken from the document's own numbering. This module owns
 * the regulation-text importer ({@link dev.toitsu.catalog.RegulationTextParser}), which needs no Spring context and no
 * database, and the immutable records other modules use to refer to clauses by id. It depends only on {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog of standards")
package dev.toitsu.catalog;
