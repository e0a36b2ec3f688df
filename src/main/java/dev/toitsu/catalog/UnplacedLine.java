package dev.toitsu.catalog;

/** A source line that is in no node, reported so that nothing is dropped silently. */
public record UnplacedLine(int line, String text, UnplacedReason reason) {}
