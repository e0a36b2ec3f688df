package dev.toitsu.catalog.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Role names as the standards write them, mapped to the role codes of BRIEF §2. 001 uses the 統一基準 names; 003
 * (NINS) renames and adds roles (機関CISO, 情報セキュリティ管理者, 情報システム管理者); its crosswalk to 001 is in
 * research/seed-003-notes.md §2.3. Matching is longest first, so 統括情報セキュリティ責任者 is not also read as
 * 情報セキュリティ責任者.
 */
final class RoleNames {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("最高情報セキュリティ責任者", "CISO"),
            Map.entry("CISO", "CISO"),
            // 003 L382, L509, L1103 write CISO with the digit zero
            Map.entry("CIS0", "CISO"),
            Map.entry("最高情報セキュリティ副責任者", "DEPUTY_CISO"),
            Map.entry("機関最高情報セキュリティ責任者", "INSTITUTE_CISO"),
            Map.entry("機関CISO", "INSTITUTE_CISO"),
            Map.entry("機関CIS0", "INSTITUTE_CISO"),
            Map.entry("情報セキュリティ委員会", "COMMITTEE"),
            Map.entry("機関情報セキュリティ委員会", "COMMITTEE"),
            Map.entry("情報セキュリティ監査責任者", "AUDIT_CHIEF"),
            Map.entry("監査責任者", "AUDIT_CHIEF"),
            Map.entry("情報セキュリティ監査実施者", "AUDITOR"),
            Map.entry("統括情報セキュリティ責任者", "GENERAL_ISO"),
            // 003 L91 spells it 総括
            Map.entry("総括情報セキュリティ責任者", "GENERAL_ISO"),
            Map.entry("情報セキュリティ責任者", "ISO"),
            Map.entry("機関情報セキュリティ責任者", "ISO"),
            Map.entry("副情報セキュリティ責任者", "ISO"),
            Map.entry("課室情報セキュリティ責任者", "SECTION_ISO"),
            Map.entry("情報セキュリティ管理者", "SECTION_ISO"),
            Map.entry("情報システムセキュリティ責任者", "SYSTEM_OWNER"),
            Map.entry("情報システム管理者", "SYSTEM_OWNER"),
            Map.entry("情報システムセキュリティ管理者", "SYSTEM_ADMIN"),
            Map.entry("情報システム担当者", "SYSTEM_ADMIN"),
            Map.entry("最高情報セキュリティアドバイザー", "ADVISER"),
            Map.entry("情報セキュリティアドバイザー", "ADVISER"),
            Map.entry("CSIRT", "CSIRT"),
            Map.entry("機関CSIRT", "CSIRT"),
            Map.entry("クラウドサービス管理者", "CLOUD_ADMIN"),
            Map.entry("許可権限者", "APPROVER"),
            Map.entry("行政事務従事者", "STAFF"),
            Map.entry("役職員等", "STAFF"),
            Map.entry("職員等", "STAFF"));

    private static final List<String> LONGEST_FIRST = CODES.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();

    private RoleNames() {}

    static List<String> mentionedIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        int i = 0;
        while (i < text.length()) {
            String match = null;
            for (String name : LONGEST_FIRST) {
                if (text.startsWith(name, i)) {
                    match = name;
                    break;
                }
            }
            if (match == null) {
                i++;
            } else {
                found.add(CODES.get(match));
                i += match.length();
            }
        }
        return new ArrayList<>(found);
    }
}
