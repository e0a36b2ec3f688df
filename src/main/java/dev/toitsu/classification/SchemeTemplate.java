package dev.toitsu.classification;

/**
 * Where an organization's scheme starts from. {@code GOVERNMENT}: the 統一基準's 機密性1–3, 完全性1–2, 可用性1–2.
 * {@code NINS}: the four confidentiality levels of the NINS 対策基準 (003 2.2(2)②: 極秘/秘密/機構外秘/—) and three
 * availability levels (003 uses 可用性3). Both are edited afterwards like any scheme.
 */
public enum SchemeTemplate {
    GOVERNMENT,
    NINS
}
