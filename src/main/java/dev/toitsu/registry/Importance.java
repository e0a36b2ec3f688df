package dev.toitsu.registry;

/** 重要度 of an information system (000 表5.1.1-1); decides 基本 vs 追加 security measures (表5.1.1-2). */
public enum Importance {
    LOW,
    MEDIUM,
    HIGH;

    public boolean atLeast(Importance other) {
        return compareTo(other) >= 0;
    }

    public static Importance max(Importance a, Importance b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
