package dev.toitsu.catalog;

/** The numbering scheme the importer recognised; it decides which dotted depth is a 部, 節 or 項目. */
public enum DocumentStyle {
    /** NISC 統一基準 numbering: 第N編, 第N.N部, N.N.N, N.N.N.N 項目, (1), (a), (ア). */
    UNIFIED_STANDARD,
    /** An organization's 対策基準: 第N章, N.N[.N], (1), ①, (a), ア. */
    ORGANIZATION_STANDARD,
    /** No heading numbering found (e.g. revision summaries); parsed like an organization standard. */
    UNKNOWN
}
