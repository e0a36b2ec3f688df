package dev.toitsu.catalog;

import java.time.LocalDate;

/**
 * An edition to import from its official text (.txt UTF-8 or .docx).
 *
 * @param code stable key of the new edition: lower-case letters, digits, '.', '_' and '-'
 * @param sourceAttribution where the text comes from (publisher, title, URL, date of retrieval)
 */
public record ImportRequest(
        String code,
        String title,
        String frameworkCode,
        String publisher,
        LocalDate publishedOn,
        LocalDate effectiveOn,
        String sourceAttribution,
        String fileName,
        byte[] content) {}
