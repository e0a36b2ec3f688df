package dev.toitsu.registry.domain;

import java.util.Locale;

/**
 * The columns of the 情報資産台帳 file (Excel and CSV), in export order. Headers are a file format, so both languages
 * are fixed here and either is accepted on import, in any column order. Values are codes (levels, restrictions
 * separated by {@code ;}, enum names), dates {@code yyyy-MM-dd}, booleans TRUE/FALSE — what export writes, import
 * reads back without loss.
 */
public enum AssetColumn {
    CODE("管理番号", "Code"),
    NAME("名称", "Name"),
    DESCRIPTION("説明", "Description"),
    OWNER_UNIT("所管部局・課室コード", "Owner unit code"),
    MANAGER("管理者職員番号", "Manager employee number"),
    CONFIDENTIALITY("機密性", "Confidentiality"),
    INTEGRITY("完全性", "Integrity"),
    AVAILABILITY("可用性", "Availability"),
    RESTRICTIONS("取扱制限", "Handling restrictions"),
    RESTRICTION_DETAIL("取扱制限の詳細", "Restriction detail"),
    STORAGE_KIND("保存場所の種別", "Storage kind"),
    STORAGE_SYSTEM("保存先情報システムコード", "Storage system code"),
    STORAGE_MEDIUM("保存先媒体コード", "Storage medium code"),
    STORAGE_LOCATION("保存場所", "Storage location"),
    PERSONAL_INFO("個人情報", "Personal information"),
    SPECIFIC_PERSONAL_INFO("特定個人情報", "Specific personal information"),
    RETENTION_UNTIL("保存期限", "Retain until"),
    RETENTION_NOTE("保存期間の備考", "Retention note"),
    DISPOSAL_METHOD("廃棄方法", "Disposal method"),
    DISPOSED_ON("廃棄日", "Disposed on"),
    DISPOSAL_RECORD("廃棄記録", "Disposal record"),
    VERSION("版", "Version");

    private final String japanese;
    private final String english;

    AssetColumn(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    public String header(Locale locale) {
        return "en".equals(locale.getLanguage()) ? english : japanese;
    }

    /** The column a header names, in either language (surrounding blanks and a BOM ignored). */
    public static AssetColumn of(String header) {
        String h = header == null ? "" : header.replace("\uFEFF", "").strip();
        for (AssetColumn c : values()) {
            if (c.japanese.equals(h) || c.english.equalsIgnoreCase(h)) {
                return c;
            }
        }
        return null;
    }

    /** Columns a file must have; the others may be left out (and are then left empty / unchanged). */
    public boolean required() {
        return this == CODE || this == NAME || this == OWNER_UNIT || this == CONFIDENTIALITY;
    }
}
