/**
 * The organization's 対策基準 and its design conformance (設計の準拠性) to a catalog edition: which catalog
 * requirements each clause of the standard corresponds to, which requirements nothing covers, and where a clause
 * weakens the requirement it maps to. The public API is the facade {@link dev.toitsu.standard.ConformanceMapper} and
 * its immutable report records; the Lucene/kuromoji matcher ({@code mapping}) and the weakening rules
 * ({@code weakening}) are internal. Plain Java, no Spring context and no database, so the command line runs it
 * directly; it uses only the root API of {@code catalog} (parsed clause trees).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organization standard and conformance",
        allowedDependencies = "catalog")
package dev.toitsu.standard;
