package dev.toitsu.catalog;

/** Published after an edition has been stored (shipped at start-up or imported by a person). */
public record EditionImported(String editionCode, int nodeCount, String importedBy) {}
