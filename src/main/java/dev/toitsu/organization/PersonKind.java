package dev.toitsu.organization;

/** 職員等: the organization's own staff, or staff of a contractor working for it. */
public enum PersonKind {
    STAFF,
    CONTRACTOR
}
