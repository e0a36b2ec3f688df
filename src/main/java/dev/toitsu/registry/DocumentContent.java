package dev.toitsu.registry;

/** A stored document with its bytes, for download. */
public record DocumentContent(SystemDocument document, byte[] bytes) {}
