package dev.toitsu.registry;

/** R5 第5部: 企画・要件定義, 調達・構築, 運用・保守, 更改・廃棄; and retired systems kept for history. */
public enum LifecyclePhase {
    PLANNING,
    CONSTRUCTION,
    OPERATION,
    RENEWAL_OR_DISPOSAL,
    RETIRED
}
