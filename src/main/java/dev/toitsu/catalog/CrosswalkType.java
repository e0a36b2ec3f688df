package dev.toitsu.catalog;

/** How a clause of one edition relates to a clause of another (000: 移設, 新設, 名称変更, 分離/集約). */
public enum CrosswalkType {
    /** 移設: same content under another number. */
    MOVED,
    /** 新設: no counterpart in the older edition. */
    NEW,
    /** 名称変更: same place, new heading. */
    RENAMED,
    /** 分離: part of the older clause became this one (「…の一部規定を整理した上で新設」). */
    SPLIT,
    /** 集約: the older clause was folded into this one. */
    MERGED,
    /** Same place and heading, changed wording. */
    REWORDED,
    /** 削除: no counterpart in the newer edition. */
    REMOVED
}
