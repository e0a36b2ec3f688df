package dev.toitsu.registry;

/** How a JC-STAR level is assured: ★1 and ★2 by the vendor's self-declaration, ★3 and above by a third party. */
public enum JcStarAssurance {
    SELF_DECLARED,
    THIRD_PARTY
}
