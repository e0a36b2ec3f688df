package dev.toitsu.catalog;

/** 基本/強化遵守事項 of the older 統一基準 (001 1.1.1.2(5)): which clauses every organization must implement. */
public enum Tier {
    /** 基本遵守事項: mandatory for all information and systems that need protection. */
    BASIC,
    /** 強化遵守事項: for especially important information and systems. */
    ENHANCED
}
