package dev.toitsu.classification;

/** The three properties information is graded on (001 1.1.1.3). */
public enum Axis {
    CONFIDENTIALITY,
    INTEGRITY,
    AVAILABILITY
}
