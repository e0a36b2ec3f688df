package dev.toitsu.registry;

/** 表5.1.1-2: 基本 measures are 必須 for every system, 追加 measures 必須 for 重要度 高 and 必要に応じて otherwise. */
public enum Obligation {
    MANDATORY,
    AS_NEEDED
}
