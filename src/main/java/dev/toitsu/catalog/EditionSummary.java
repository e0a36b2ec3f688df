package dev.toitsu.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One edition of a framework as other modules see it: an immutable, published version of a standard's text.
 *
 * @param code stable key, e.g. {@code nisc-r5}; other modules refer to requirements by edition code and node id
 * @param outlineOnly the source gives headings only (e.g. the 令和5年度版 table of contents in 000), not the text
 */
public record EditionSummary(
        String code,
        String title,
        String frameworkCode,
        String frameworkTitle,
        String publisher,
        LocalDate publishedOn,
        LocalDate effectiveOn,
        String sourceAttribution,
        String sourceFile,
        String documentStyle,
        boolean outlineOnly,
        boolean shipped,
        int nodeCount,
        int unplacedCount,
        Instant importedAt,
        String importedBy)
        implements java.io.Serializable {} // shown once after an import: a flash attribute in the session
