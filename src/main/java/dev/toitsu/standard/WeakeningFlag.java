package dev.toitsu.standard;

/**
 * A mapped clause that looks weaker than its requirement.
 *
 * @param requirement the catalog id the clause was compared with
 * @param explanation Japanese, quoting the requirement's phrase and the clause's phrase
 */
public record WeakeningFlag(WeakeningKind kind, String requirement, String explanation) {}
