package dev.toitsu.classification;

/**
 * Umbrella terms of the standard, derived from a grading: 要機密情報 (a protected confidentiality level), 要保全情報
 * (integrity), 要安定情報 (availability); 要保護情報 is any of the three (001 1.1.1.3, 000 L1372).
 */
public enum InformationGroup {
    REQUIRES_CONFIDENTIALITY,
    REQUIRES_INTEGRITY,
    REQUIRES_AVAILABILITY,
    REQUIRES_PROTECTION
}
