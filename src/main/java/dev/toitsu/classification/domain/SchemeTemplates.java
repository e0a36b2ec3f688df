package dev.toitsu.classification.domain;

import static dev.toitsu.classification.Axis.AVAILABILITY;
import static dev.toitsu.classification.Axis.CONFIDENTIALITY;
import static dev.toitsu.classification.Axis.INTEGRITY;

import dev.toitsu.classification.LevelDraft;
import dev.toitsu.classification.RestrictionDraft;
import dev.toitsu.classification.SchemeTemplate;
import java.util.List;

/**
 * The schemes an organization can start from. GOVERNMENT follows the definitions of the 統一基準 (機密性1–3,
 * 完全性1–2, 可用性1–2; the 要安定情報 wording as quoted in 000 L1372). NINS reproduces the confidentiality table of
 * 003 2.2(2)② (L271–L277) cell by cell; its integrity and availability levels are not defined in 003, which only
 * uses 完全性2以上 and 可用性2/3, so their texts say so.
 */
public final class SchemeTemplates {

    private SchemeTemplates() {}

    public static List<LevelDraft> levels(SchemeTemplate template) {
        return switch (template) {
            case GOVERNMENT -> GOVERNMENT;
            case NINS -> NINS;
        };
    }

    /** 取扱制限 commonly marked on information (issue 5; 003 expresses them inside the level table instead). */
    public static List<RestrictionDraft> restrictions() {
        return List.of(
                new RestrictionDraft("NO_COPY", "複製禁止", "No copying", "情報の複製を禁止する。", false, 10),
                new RestrictionDraft("NO_TAKEOUT", "持出禁止", "No take-out", "要管理対策区域外への持出しを禁止する。", false, 20),
                new RestrictionDraft(
                        "LIMITED_DISTRIBUTION", "配布限定", "Limited distribution", "配布先を限定する。配布先を詳細に記す。", true, 30),
                new RestrictionDraft("ENCRYPTION_REQUIRED", "暗号化必須", "Encryption required", "保存・送信時に暗号化する。", false, 40),
                new RestrictionDraft("TIME_LIMITED", "期限付", "Time-limited", "指定の期日まで上記の制限を適用する。期日を詳細に記す。", true, 50),
                new RestrictionDraft(
                        "NO_REDISTRIBUTION", "再配付禁止", "No redistribution", "受け取った者による再配付を禁止する。", false, 60));
    }

    private static final String GOV_SOURCE = "統一基準 1.1.1.3 の格付けの区分";

    private static final List<LevelDraft> GOVERNMENT = List.of(
            new LevelDraft(
                    CONFIDENTIALITY,
                    "C3",
                    3,
                    "機密性3",
                    null,
                    "Confidentiality 3",
                    "行政事務で取り扱う情報のうち、秘密文書に相当する機密性を要する情報。",
                    null,
                    null,
                    true),
            new LevelDraft(
                    CONFIDENTIALITY,
                    "C2",
                    2,
                    "機密性2",
                    null,
                    "Confidentiality 2",
                    "行政事務で取り扱う情報のうち、秘密文書に相当する機密性は要しないが、漏えいにより、国民の権利が侵害され又は" + "行政事務の遂行に支障を及ぼすおそれがある情報。",
                    null,
                    null,
                    true),
            new LevelDraft(
                    CONFIDENTIALITY,
                    "C1",
                    1,
                    "機密性1",
                    null,
                    "Confidentiality 1",
                    "機密性2情報又は機密性3情報以外の情報。",
                    null,
                    null,
                    false),
            new LevelDraft(
                    INTEGRITY,
                    "I2",
                    2,
                    "完全性2",
                    null,
                    "Integrity 2",
                    "行政事務で取り扱う情報（書面を除く。）のうち、改ざん、誤びゅう又は破損により、国民の権利が侵害され又は" + "行政事務の適確な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報。",
                    null,
                    null,
                    true),
            new LevelDraft(INTEGRITY, "I1", 1, "完全性1", null, "Integrity 1", "完全性2情報以外の情報（書面を除く。）。", null, null, false),
            new LevelDraft(
                    AVAILABILITY,
                    "A2",
                    2,
                    "可用性2",
                    null,
                    "Availability 2",
                    "行政事務で取り扱う情報（書面を除く。）のうち、その滅失、紛失又は当該情報が利用不可能であることにより、"
                            + "国民の権利が侵害され又は行政事務の安定的な遂行に支障（軽微なものを除く。）を及ぼすおそれがある情報。",
                    null,
                    null,
                    true),
            new LevelDraft(
                    AVAILABILITY, "A1", 1, "可用性1", null, "Availability 1", "可用性2情報以外の情報（書面を除く。）。", null, null, false));

    private static final String NOT_IN_003 = "003 では定義されていない（基本規程第20条による）。運用に合わせて記入すること。";

    private static final List<LevelDraft> NINS = List.of(
            new LevelDraft(
                    CONFIDENTIALITY,
                    "C4",
                    4,
                    "機密性4",
                    "極秘",
                    "Confidentiality 4 (top secret)",
                    "国の安全保障に関わるもの、特定個人情報など、内容が漏洩した場合、機構の業務への影響が深刻かつ重大な情報資産",
                    "機密性3の取扱制限に加えて、機関CISOの許可がある場合を除き下記の措置 ・複製及び配付禁止 ・指定場所以外での"
                            + "アクセスの禁止 ・運用は、スタンドアロン又は独立したネットワークの範囲に限定",
                    "①国の安全保障にかかわる情報(国防、外交等) ②特定個人情報(マイナンバーやマイナンバーに対応する符号)を含む情報",
                    true),
            new LevelDraft(
                    CONFIDENTIALITY,
                    "C3",
                    3,
                    "機密性3",
                    "秘密",
                    "Confidentiality 3 (secret)",
                    "機構で取り扱う情報資産のうち、秘密文書に相当する機密性を要する情報資産",
                    "機密性2の取扱制限(例外措置を除く。)に加えて、機関CISOの許可がある場合を除き下記の措置 ・機構の資産である"
                            + "情報システム端末以外での作業の原則禁止 ・必要以上の複製及び配付禁止 ・電磁的記録媒体の施錠可能な場所への保管",
                    "①個人情報(住所、氏名、生年月日、メールアドレス、顔画像等)を含む情報 ②予算要求・予算執行計画、調達計画、"
                            + "人事採用計画等機構又は機関の運営に関わる重要な情報で情報セキュリティ管理者が指定したもの"
                            + " ③国から機構又は機関限りとして提示された情報 ④発表・公開する以前の研究データ、論文情報等研究責任者が指定したもの",
                    true),
            new LevelDraft(
                    CONFIDENTIALITY,
                    "C2",
                    2,
                    "機密性2",
                    "機構外秘",
                    "Confidentiality 2 (internal)",
                    "機構の業務で取り扱う情報資産のうち、秘密文書に相当する機密性は要しないが、漏えいにより、個人の権利が侵害され"
                            + "又は機構業務の遂行に支障を及ぼすおそれがある情報資産(本分類区分で取扱うことを本人が承諾した個人情報を含む。)",
                    "・保管場所の制限、保管場所への必要以上の電磁的記録媒体等の持ち込み禁止 ・情報の送信、情報資産の運搬・提供時に"
                            + "おける暗号化・パスワード設定又は鍵付きケースへの格納 ・復元不可能な処理を施しての廃棄"
                            + " ・信頼のできるネットワーク回線の利用 ・外部で情報処理を行う際の安全管理措置の規定",
                    "①機構内又は機関内だけで提示される情報で機構又は機関外に対して、秘匿性がある情報 ②漏えいにより、個人の権利が"
                            + "侵害され又は機構業務の遂行に支障を及ぼすおそれがある情報資産 ③研究データ、論文情報等で機構外秘と研究責任者が"
                            + "指定したもの",
                    true),
            new LevelDraft(
                    CONFIDENTIALITY,
                    "C1",
                    1,
                    "機密性1",
                    null,
                    "Confidentiality 1",
                    "公表済みの情報、公表しても差し支えない情報等、機密性2以上の情報資産以外の情報資産",
                    null,
                    null,
                    false),
            new LevelDraft(INTEGRITY, "I2", 2, "完全性2", null, "Integrity 2", NOT_IN_003, null, null, true),
            new LevelDraft(INTEGRITY, "I1", 1, "完全性1", null, "Integrity 1", NOT_IN_003, null, null, false),
            new LevelDraft(AVAILABILITY, "A3", 3, "可用性3", null, "Availability 3", NOT_IN_003, null, null, true),
            new LevelDraft(AVAILABILITY, "A2", 2, "可用性2", null, "Availability 2", NOT_IN_003, null, null, true),
            new LevelDraft(AVAILABILITY, "A1", 1, "可用性1", null, "Availability 1", NOT_IN_003, null, null, false));

    static String source(SchemeTemplate template) {
        return template == SchemeTemplate.NINS ? "003 2.2(2)②" : GOV_SOURCE;
    }
}
