package dev.toitsu.catalog;

/**
 * Obligation tier of a clause. Older 統一基準 editions split 遵守事項 into 基本/強化 (001 1.1.1.2(5)); the 令和5年度版
 * splits the 基本対策事項 of 第6部 and 第7部 into 基本/追加セキュリティ対策 by system importance (000 表5.1.1-2).
 */
public enum Tier {
    /** 基本遵守事項 (older editions) or 基本セキュリティ対策 (R5): mandatory for every system. */
    BASIC,
    /** 強化遵守事項: for especially important information and systems. */
    ENHANCED,
    /** 追加セキュリティ対策 (R5): mandatory for 重要度 高, as needed for 中 and 低. */
    ADDITIONAL
}
