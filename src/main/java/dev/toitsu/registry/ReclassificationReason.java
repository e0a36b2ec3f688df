package dev.toitsu.registry;

/** Why a decided 重要度 must be looked at again (000 5.1.1(3): built, renewed, the information handled changed). */
public enum ReclassificationReason {
    BUILT,
    RENEWED,
    INFORMATION_CHANGED,
    LINKS_CHANGED
}
