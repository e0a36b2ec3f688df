package dev.toitsu.organization;

/** Where a role assignment applies: the whole organization, one unit (and the units below it), or one system. */
public enum ScopeKind {
    ORGANIZATION,
    UNIT,
    SYSTEM
}
