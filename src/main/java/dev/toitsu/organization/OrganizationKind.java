package dev.toitsu.organization;

/** The kinds of body the 統一基準群 and the local-government guideline apply to. */
public enum OrganizationKind {
    MINISTRY,
    INCORPORATED_ADMINISTRATIVE_AGENCY,
    DESIGNATED_CORPORATION,
    LOCAL_GOVERNMENT,
    OTHER
}
