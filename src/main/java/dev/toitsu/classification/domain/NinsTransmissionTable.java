package dev.toitsu.classification.domain;

import static dev.toitsu.classification.Decision.ALLOWED;
import static dev.toitsu.classification.Decision.ALLOWED_WITH_CONDITIONS;
import static dev.toitsu.classification.Decision.FORBIDDEN;
import static dev.toitsu.classification.Decision.PERMISSION_REQUIRED;

import dev.toitsu.classification.Decision;
import dev.toitsu.classification.RuleNoteKind;
import dev.toitsu.classification.RuleTable;
import dev.toitsu.classification.RuleTable.Channel;
import dev.toitsu.classification.RuleTable.Destination;
import dev.toitsu.classification.RuleTable.RuleNote;
import dev.toitsu.classification.TransmissionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The NINS 【別表】 3.1(2)④(b) 機密性2以上の情報の送信・共有 (003 L1269–L1284) as a rule table, cell by cell, with the
 * places where the body text 3.1(2)④(b)ア–エ (L378–L383) says something else recorded as notes. Readings of empty
 * and merged cells are stated in {@code interpretation} (research/seed-003-notes.md §5.4).
 */
public final class NinsTransmissionTable {

    public static final String CODE = "transmission";
    static final String SOURCE_CLAUSE = "3.1(2)④(b)";

    private NinsTransmissionTable() {}

    private static final String ALLOWED_TEXT = "可";
    private static final String ENCRYPTED_TEXT = "可(要暗号化)";
    private static final String CORE_SERVICES = "※ Microsoft365及びGoogle Workspaceのコアサービスに限る（表の脚注）。";
    private static final String LEVEL4_TEXT =
            "原則禁止 (「情報セキュリティ対策に関する基本規程」別表第1(情報の分類・格付けと" + "取扱制限)に「機関CISOの許可がある場合を除き」と例外規定あり。)";

    /** The table, limited to the confidentiality levels the organization's scheme has. */
    public static RuleTable table(Set<String> levelCodes) {
        List<Channel> channels = List.of(
                new Channel("MAIL", "メール送信", "E-mail", null),
                new Channel("CLOUD_SHARE", "クラウドファイル共有", "Cloud file sharing", CORE_SERVICES),
                new Channel("FILE_TRANSFER", "ファイル転送アプリ", "File transfer application", null));
        List<Destination> destinations = List.of(
                new Destination("INTERNAL", "機関内", "Within the institute"),
                new Destination("INTER_INSTITUTE", "機関内(機関間)", "Between institutes of the organization"),
                new Destination("EXTERNAL", "機関外(大学、企業、個人等)", "Outside (universities, companies, individuals)"));
        List<TransmissionRule> rules = new ArrayList<>();
        for (Destination d : destinations) {
            String to = d.code();
            rules.add(rule("C1", "MAIL", to, ALLOWED, List.of(), ALLOWED_TEXT, null));
            rules.add(rule("C1", "CLOUD_SHARE", to, ALLOWED, List.of(), ALLOWED_TEXT, null));
            rules.add(rule("C1", "FILE_TRANSFER", to, ALLOWED, List.of(), ALLOWED_TEXT, null));
            rules.add(rule("C2", "MAIL", to, ALLOWED_WITH_CONDITIONS, List.of("ENCRYPT"), ENCRYPTED_TEXT, null));
            rules.add(rule(
                    "C2",
                    "CLOUD_SHARE",
                    to,
                    ALLOWED_WITH_CONDITIONS,
                    List.of("APPROVED_SERVICE_ONLY"),
                    ALLOWED_TEXT,
                    "行見出しの「※」により脚注（コアサービスに限る）を条件として読む。"));
            rules.add(
                    rule("C2", "FILE_TRANSFER", to, ALLOWED_WITH_CONDITIONS, List.of("ENCRYPT"), ENCRYPTED_TEXT, null));
            rules.add(rule("C3", "MAIL", to, FORBIDDEN, List.of(), "不可", null));
            rules.add(rule(
                    "C3",
                    "CLOUD_SHARE",
                    to,
                    ALLOWED_WITH_CONDITIONS,
                    List.of("APPROVED_SERVICE_ONLY"),
                    ALLOWED_TEXT,
                    "行見出しの「※」により脚注（コアサービスに限る）を条件として読む。"));
            if (to.equals("INTERNAL")) {
                rules.add(rule("C3", "FILE_TRANSFER", to, FORBIDDEN, List.of(), "不可(そもそもクラウド※利用が前提)", null));
            } else {
                rules.add(rule(
                        "C3",
                        "FILE_TRANSFER",
                        to,
                        PERMISSION_REQUIRED,
                        List.of("CISO_PERMISSION", "ENCRYPT"),
                        "機関CISO許可により可(要暗号化)",
                        null));
            }
            for (Channel c : channels) {
                boolean written = c.code().equals("MAIL") && to.equals("INTERNAL");
                rules.add(rule(
                        "C4",
                        c.code(),
                        to,
                        PERMISSION_REQUIRED,
                        List.of("CISO_PERMISSION"),
                        LEVEL4_TEXT,
                        written ? null : "空欄。機密性4の8つの空欄は「原則禁止」の結合セルとして読む（本文3.1(2)④(b)エと一致）。"));
            }
        }
        List<RuleNote> notes = List.of(
                new RuleNote(
                        RuleNoteKind.CONFLICT,
                        "C3",
                        "MAIL",
                        SOURCE_CLAUSE + "ア",
                        "本文アは機密性2及び3の情報を「暗号化ガイドライン」に基づき暗号化すれば送信・共有できるとするが、" + "別表は機密性3のメール送信を「不可」とする。",
                        "別表（厳しい方）に従う。「別途マニュアル」で確認すること。"),
                new RuleNote(
                        RuleNoteKind.OVERLAY,
                        "C2",
                        null,
                        SOURCE_CLAUSE + "イ",
                        "機密性2及び3の情報を送信・共有する際には、相手先の再確認、送信遅延設定、共有時間の設定等誤送信に" + "対する対策を行う（別表には記載なし）。",
                        null),
                new RuleNote(
                        RuleNoteKind.OVERLAY,
                        "C3",
                        null,
                        SOURCE_CLAUSE + "イ",
                        "機密性2及び3の情報を送信・共有する際には、相手先の再確認、送信遅延設定、共有時間の設定等誤送信に" + "対する対策を行う（別表には記載なし）。",
                        null),
                new RuleNote(
                        RuleNoteKind.GAP,
                        "C2",
                        null,
                        SOURCE_CLAUSE + "ウ",
                        "本文ウは、送信・共有先が管理権限を有するなど信頼性を確保できるBox等のサービスで機密性2及び3の" + "送信・共有を認めるが、別表にこの手段の行はない。",
                        "該当する手段を表に追加するか、「別途マニュアル」に従う。"),
                new RuleNote(
                        RuleNoteKind.GAP,
                        "C3",
                        null,
                        SOURCE_CLAUSE + "ウ",
                        "本文ウは、送信・共有先が管理権限を有するなど信頼性を確保できるBox等のサービスで機密性2及び3の" + "送信・共有を認めるが、別表にこの手段の行はない。",
                        "該当する手段を表に追加するか、「別途マニュアル」に従う。"),
                new RuleNote(
                        RuleNoteKind.CONFLICT,
                        "C1",
                        null,
                        SOURCE_CLAUSE,
                        "表題は「機密性2以上の情報の送信・共有」だが、表は機密性1の行も掲げる。",
                        "機密性1の行は参考として読む。"),
                new RuleNote(
                        RuleNoteKind.GAP,
                        null,
                        null,
                        SOURCE_CLAUSE,
                        "本文は「運用にあたり別途マニュアルを定める」とする（L383）。そのマニュアルは取り込まれていない。",
                        null));
        return new RuleTable(
                CODE,
                "機密性2以上の情報の送信・共有",
                SOURCE_CLAUSE,
                "情報セキュリティ対策基準【別表】（自然科学研究機構, 2025）",
                "クラウドファイル共有※ : Microsoft365及びGoogle Workspaceのコアサービスに限る。",
                channels,
                destinations,
                rules.stream().filter(r -> levelCodes.contains(r.levelCode())).toList(),
                notes.stream()
                        .filter(n -> n.levelCode() == null || levelCodes.contains(n.levelCode()))
                        .toList(),
                0);
    }

    private static TransmissionRule rule(
            String level,
            String channel,
            String destination,
            Decision decision,
            List<String> conditions,
            String text,
            String interpretation) {
        return new TransmissionRule(level, channel, destination, decision, conditions, text, interpretation);
    }
}
