package dev.toitsu.catalog;

/**
 * What a node of a parsed regulation text is. Headings carry the document's numbering (第2編, 第1.2部, 第3章, 1.2.1,
 * 1.2.1.3, 3.4.1); the lower kinds follow the list markers of the text.
 */
public enum NodeKind {
    /** 編, e.g. 第2編 情報システム編 (001). */
    VOLUME,
    /** 部, e.g. 第1.2部 組織と体制の整備 (001). */
    PART,
    /** 章, e.g. 第3章 情報の取扱い (003). */
    CHAPTER,
    /** A dotted heading above the 項目: 1.2.1 in 001, 3.3 and 3.4.1 in 003. */
    SECTION,
    /** 項目, the four-level heading of the 統一基準, e.g. 1.2.1.3 違反と例外措置. */
    ITEM,
    /** Unnumbered opening text such as はじめに. */
    PREAMBLE,
    /** 趣旨（必要性） or 目的・趣旨: why the clauses below exist. */
    PURPOSE,
    /** 適用範囲. */
    SCOPE,
    /** The caption 遵守事項 / 基本遵守事項 / 強化遵守事項 that introduces the binding clauses. */
    COMPLIANCE,
    /** 解説. */
    COMMENTARY,
    /** (1), （１）: a group of clauses, often with a caption. */
    GROUP,
    /** ①…⑳: a clause or caption in organization standards (003). */
    CIRCLED,
    /** (a): the binding clause, 遵守事項 → Requirement. */
    REQUIREMENT,
    /** 基本対策事項 of the ガイドライン, e.g. 4.1.1(3)-1, and its lettered items a)…h): example measures. */
    BASELINE_MEASURE,
    /** (ア) or ア: a sub-item of a clause. */
    SUB_ITEM,
    /** ・, ‐, - or the private-use bullet of converted Word files. */
    BULLET,
    /** A glossary entry 「用語」とは…. */
    DEFINITION,
    /** One row of a table that the conversion flattened to tab-separated cells (別表). */
    TABLE_ROW,
    /** 【別表】, 【別紙】: an annex after the body. */
    ANNEX,
    /** A numbered table quoted as a whole, e.g. 表5.1.1-1 情報システムの分類基準（例）. */
    TABLE
}
