package dev.toitsu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 003, the NINS 対策基準 (2025). Expected counts come from the document: 150 lines start with a circled number,
 * 182 with (a)…(i), 11 with a bare ア…エ, 44 sections have 「(1) 目的・趣旨」 (research/seed-003-notes.md §1.3).
 */
class OrganizationStandardSeedTest {

    private static ParsedDocument document;

    @BeforeAll
    static void parse() {
        document = SeedDocuments.parse("003");
    }

    @Test
    void isRecognisedAsOrganizationStandard() {
        assertThat(document.style()).isEqualTo(DocumentStyle.ORGANIZATION_STANDARD);
        ParseStats stats = document.stats();
        assertThat(stats.count(NodeKind.CHAPTER)).isEqualTo(7);
        assertThat(stats.count(NodeKind.SECTION)).isEqualTo(52);
        assertThat(stats.count(NodeKind.PURPOSE)).isEqualTo(44);
        assertThat(stats.count(NodeKind.CIRCLED)).isEqualTo(150);
        assertThat(stats.count(NodeKind.REQUIREMENT)).isEqualTo(182);
        assertThat(stats.count(NodeKind.SUB_ITEM)).isEqualTo(11);
        assertThat(stats.count(NodeKind.DEFINITION)).isEqualTo(24);
        assertThat(stats.count(NodeKind.TABLE_ROW)).isEqualTo(24);
        assertThat(stats.count(NodeKind.ANNEX)).isEqualTo(2);
    }

    @Test
    void onlyTitlePageAndTableOfContentsAreUnplaced() {
        Map<UnplacedReason, Long> reasons = document.unplaced().stream()
                .collect(Collectors.groupingBy(UnplacedLine::reason, Collectors.counting()));
        assertThat(reasons)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(UnplacedReason.BEFORE_FIRST_HEADING, 5L, UnplacedReason.TABLE_OF_CONTENTS, 65L));
        assertThat(document.unplaced().get(0))
                .isEqualTo(new UnplacedLine(3, "大学共同利用機関法人自然科学研究機構", UnplacedReason.BEFORE_FIRST_HEADING));
        assertThat(document.unplaced())
                .filteredOn(u -> u.reason() == UnplacedReason.TABLE_OF_CONTENTS)
                .allSatisfy(u -> assertThat(u.line()).isBetween(11, 81));
    }

    @Test
    void idsFollowTheOrganizationsNumbering() {
        assertThat(document.find("3.3(2)②(a)").orElseThrow().text())
                .isEqualTo("役職員等は、インシデントの可能性を認知した場合には、機関の報告窓口に報告し、指示に従う。");
        ClauseNode ka = document.find("3.1(2)④(b)エ").orElseThrow();
        assertThat(ka.kind()).isEqualTo(NodeKind.SUB_ITEM);
        assertThat(ka.text()).isEqualTo("機密性 4 の情報については、機関CIS0の許可がある場合を除き、情報の送信・共有を禁止する。");
        assertThat(ka.roles()).containsExactly("INSTITUTE_CISO");
        assertThat(document.find("7.1.4(2)②(a)").orElseThrow().text()).isEqualTo("ゲートウェイ（対外接続部）のログ：原則2年間以上");
        assertThat(document.find("3.4.1").orElseThrow().title()).isEqualTo("情報セキュリティ対策の自己点検");
        assertThat(document.find("3.4").orElseThrow().children())
                .extracting(ClauseNode::id)
                .containsExactly("3.4.1", "3.4.2");
        assertThat(document.find("2.2(1)").orElseThrow().kind()).isEqualTo(NodeKind.PURPOSE);
        assertThat(document.find("3.1(2)①").orElseThrow().title()).isEqualTo("情報の格付け及び取扱制限の決定・明示等");
    }

    @Test
    void clausesWhoseLettersWereLostInConversionAreBulletsBeforeTheSurvivingLetter() {
        // 003 L137–145: (a)–(e) of 2.1(2)① CISO survive only as 「- 」 items, (f) kept its letter
        ClauseNode ciso = document.find("2.1(2)①").orElseThrow();
        assertThat(ciso.children())
                .extracting(ClauseNode::id)
                .containsExactly("2.1(2)①[1]", "2.1(2)①[2]", "2.1(2)①[3]", "2.1(2)①[4]", "2.1(2)①[5]", "2.1(2)①(f)");
        assertThat(document.find("2.1(2)①[5]").orElseThrow().text()).contains("経験を有した専門家を情報セキュリティアドバイザーとして置く。");
    }

    @Test
    void sentencesBrokenAcrossPagesAreJoined() {
        assertThat(document.find("2.1(2)④(d)").orElseThrow().text())
                .isEqualTo("情報セキュリティ責任者は、緊急時における連絡に資するため、機関CISO、情報セキュリティ責任者、機関CSIRT、"
                        + "情報セキュリティ管理者、情報システム管理者を網羅する連絡体制を含めた緊急連絡網を整備しなければならない。");
        ClauseNode audit = document.find("3.4.2(2)①").orElseThrow();
        assertThat(audit.title()).isNull();
        assertThat(audit.text()).isEqualTo("監査責任者は、基本計画に基づき監査実施計画を定める。必要な場合は、追加の監査実施計画を定めることができる。");
    }

    @Test
    void aReferenceAfterTheMarkerStaysInTheText() {
        assertThat(document.find("2.4(2)②(c)").orElseThrow().text()).startsWith("(a)及び(b)の教育の実施結果は、機関CISO及びCISOに報告する。");
    }

    @Test
    void theAnnexTableKeepsItsCells() {
        ClauseNode annex = document.find("別表").orElseThrow();
        assertThat(annex.title()).isEqualTo("3.1(2)④(b) 機密性 2 以上の情報の送信・共有");
        assertThat(annex.children())
                .hasSize(14)
                .allSatisfy(r -> assertThat(r.kind()).isEqualTo(NodeKind.TABLE_ROW));
        assertThat(annex.children().get(0).cells()).containsExactly("", "", "機関内", "機関内(機関間)", "機関外(大学、企業、個人等)");
        assertThat(annex.children().get(7).cells()).containsExactly("機密性3", "メール送信", "不可", "不可", "不可");
        assertThat(annex.children().get(10).cells()).hasSize(5).endsWith("", "");
        assertThat(document.find("別表#r12").orElseThrow().cells()).containsExactly("", "クラウドファイル共有", "", "", "");
    }

    @Test
    void theGlossaryBecomesDefinitionsGroupedByKana() {
        ClauseNode glossary = document.find("別紙").orElseThrow();
        assertThat(glossary.children()).extracting(ClauseNode::title).containsExactly("あ", "か", "さ", "た", "ま", "や");
        ClauseNode staff = document.find("別紙【や】「役職員等」").orElseThrow();
        assertThat(staff.kind()).isEqualTo(NodeKind.DEFINITION);
        assertThat(staff.title()).isEqualTo("役職員等");
        assertThat(document.find("別紙【か】「関係規程等」").orElseThrow().text())
                .isEqualTo("「関係規程等」とは、基本規程、対策基準、マニュアル等を総称したものをいう。");
    }
}
