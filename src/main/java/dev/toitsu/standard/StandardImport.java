package dev.toitsu.standard;

/**
 * A 対策基準 text (.txt or .docx) to store as a new version: of the document {@code code} if the organization has it,
 * else of a new document with that code and title.
 */
public record StandardImport(String code, String title, String sourceAttribution, String fileName, byte[] content) {}
