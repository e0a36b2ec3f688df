package dev.toitsu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 001, the older 統一基準. Expected counts were taken from the document itself (a grep of the (a) markers per
 * 項目, cross-checked by hand against research/seed-001-notes.md §2), not from the parser.
 */
class UnifiedStandardSeedTest {

    private static ParsedDocument document;

    @BeforeAll
    static void parse() {
        document = SeedDocuments.parse("001");
    }

    @Test
    void isRecognisedAsUnifiedStandardAndPlacesEveryLine() {
        assertThat(document.style()).isEqualTo(DocumentStyle.UNIFIED_STANDARD);
        assertThat(document.unplaced()).isEmpty();
        assertThat(document.stats().totalLines()).isEqualTo(1199);
        assertThat(document.stats().blankLines()).isEqualTo(290);
        assertThat(document.stats().placedLines()).isEqualTo(909);
    }

    @Test
    void hasEightPartsFiftyOneItemsAndFourHundredFortyFourClauses() {
        ParseStats stats = document.stats();
        assertThat(stats.count(NodeKind.PART)).isEqualTo(8);
        assertThat(stats.count(NodeKind.SECTION)).isEqualTo(17);
        assertThat(stats.count(NodeKind.ITEM)).isEqualTo(51);
        assertThat(stats.count(NodeKind.GROUP)).isEqualTo(143);
        assertThat(stats.count(NodeKind.REQUIREMENT)).isEqualTo(444);
        assertThat(stats.count(NodeKind.SUB_ITEM)).isEqualTo(117);
        assertThat(stats.count(NodeKind.BULLET)).isEqualTo(32);
        assertThat(stats.count(NodeKind.PURPOSE)).isEqualTo(47);
        assertThat(stats.count(NodeKind.SCOPE)).isEqualTo(3);
        assertThat(stats.count(NodeKind.COMPLIANCE)).isEqualTo(47);
    }

    @Test
    void countsClausesPerPart() {
        Map<String, Long> perPart = document.nodes()
                .filter(n -> n.kind() == NodeKind.PART)
                .collect(Collectors.toMap(
                        ClauseNode::id, UnifiedStandardSeedTest::requirementsBelow, Long::sum, LinkedHashMap::new));
        assertThat(perPart)
                .containsExactly(
                        Map.entry("1.1", 18L),
                        Map.entry("1.2", 110L),
                        Map.entry("1.3", 46L),
                        Map.entry("1.4", 26L),
                        Map.entry("1.5", 33L),
                        Map.entry("2.1", 99L),
                        Map.entry("2.2", 109L),
                        Map.entry("2.3", 3L));
    }

    @Test
    void countsClausesPerItem() {
        Map<String, Long> perItem = document.nodes()
                .filter(n -> n.kind() == NodeKind.ITEM)
                .collect(Collectors.toMap(
                        ClauseNode::id, UnifiedStandardSeedTest::requirementsBelow, Long::sum, LinkedHashMap::new));
        String expected =
                "1.1.1.1=0 1.1.1.2=16 1.1.1.3=2 1.1.1.4=0 1.2.1.1=26 1.2.1.2=3 1.2.1.3=9 1.2.2.1=13 1.2.2.2=10"
                        + " 1.2.3.1=9 1.2.3.2=16 1.2.4.1=3 1.2.5.1=17 1.2.5.2=4 1.3.1.1=5 1.3.1.2=11 1.3.1.3=9 1.3.1.4=11"
                        + " 1.3.1.5=6 1.3.1.6=4 1.4.1.1=18 1.4.1.2=8 1.5.1.1=10 1.5.2.1=4 1.5.2.2=5 1.5.2.3=2 1.5.2.4=6"
                        + " 1.5.2.5=2 1.5.2.6=2 1.5.2.7=2 2.1.1.1=23 2.1.1.2=5 2.1.1.3=19 2.1.1.4=12 2.1.1.5=2 2.1.1.6=10"
                        + " 2.1.2.1=10 2.1.2.2=6 2.1.2.3=8 2.1.2.4=4 2.2.1.1=29 2.2.2.1=6 2.2.2.2=11 2.2.2.3=11 2.2.3.1=4"
                        + " 2.2.3.2=9 2.2.3.3=7 2.2.4.1=19 2.2.4.2=7 2.2.4.3=6 2.3.1.1=3";
        assertThat(perItem.entrySet().stream().map(Map.Entry::toString).collect(Collectors.joining(" ")))
                .isEqualTo(expected);
    }

    @Test
    void theCutOffStartIsFiledUnderAnInferredItem() {
        ClauseNode item = document.find("1.1.1.1").orElseThrow();
        assertThat(item.inferred()).isTrue();
        assertThat(item.title()).isNull();
        assertThat(item.children()).extracting(ClauseNode::id).containsExactly("1.1.1.1(2)", "1.1.1.1(3)");
        assertThat(document.find("1.1").orElseThrow().inferred()).isTrue();
        assertThat(document.find("1.2").orElseThrow().inferred()).isFalse();
        assertThat(document.find("1.2").orElseThrow().title()).isEqualTo("組織と体制の整備");
    }

    @Test
    void clauseTextsAreExact() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("1.2.1.1(1)(a)", "最高情報セキュリティ責任者を１人置くこと。");
        expected.put(
                "1.2.1.3(2)(f)", "最高情報セキュリティ責任者は、例外措置の適用審査記録の台帳を整備し、例外措置の適用審査記録の参照について、" + "情報セキュリティ監査責任者からの求めに応ずること。");
        expected.put("1.2.1.3(2)(b)(ア)", "申請者の情報（氏名、所属、連絡先）");
        expected.put("1.2.1.3(2)(c)(イ)", "申請内容");
        expected.put("1.2.1.3(2)(c)(イ)[1]", "申請者の情報（氏名、所属、連絡先）");
        expected.put("1.2.1.3(2)(c)(ウ)[6]", "例外措置を終了した旨の報告方法");
        expected.put("1.2.3.1(4)(c)", "統括情報セキュリティ責任者は、自己点検の結果を最高情報セキュリティ責任者へ報告すること。");
        expected.put("1.5.2.3(1)(a)(セ)", "情報システムセキュリティ責任者は、情報セキュリティの観点から実施した試験の実施記録を保存すること。");
        expected.put(
                "2.1.1.1(1)(n)",
                "情報システムセキュリティ責任者は、主体認証を行う必要があると認めた情報システムにおいて、管理者権限を持つ識別コードを"
                        + "共用する場合には、当該識別コードでログインする前に個別の識別コードによりログオンすることが必要となる機能を設けること。");
        expected.put(
                "2.3.1.1(2)(a)",
                "情報システムセキュリティ責任者は、IPv6通信を想定していない通信回線に接続されるすべての電子計算機及び通信回線装置に" + "対して、IPv6通信を抑止するための措置を講ずること。");
        expected.put("1.1.1.2(6)(a)", "省庁対策基準が統一基準に準拠した内容となっていること。（設計の準拠性確認）");
        expected.put("1.2.1.1(1)", "");
        expected.forEach((id, text) -> assertThat(document.find(id))
                .as(id)
                .hasValueSatisfying(n -> assertThat(n.text()).isEqualTo(text)));
        assertThat(document.find("1.2.1.1(1)").orElseThrow().title()).isEqualTo("最高情報セキュリティ責任者の設置");
        assertThat(document.find("1.2.1.3").orElseThrow().title()).isEqualTo("違反と例外措置");
    }

    @Test
    void provisoParagraphsAfterABulletListStayWithTheirSubItem() {
        // 001 L652/L657: 「ただし、…」 and 「また、…」 continue 1.5.2.6(1)(a)(ア), not its last bullet
        ClauseNode subItem = document.find("1.5.2.6(1)(a)(ア)").orElseThrow();
        assertThat(subItem.text()).contains("ただし、電子メール送信又は政府ドメイン名のウェブページでの掲載に限り");
        assertThat(subItem.text()).endsWith("また、政府ドメイン名のウェブページでの掲載においては以下の条件をすべて満たすことが必要である。");
        assertThat(subItem.continuationLines()).containsExactly(652, 657);
        assertThat(subItem.children()).hasSize(7);
    }

    @Test
    void recordsLinesAndCaptions() {
        assertThat(document.find("1.2.1.3(2)(f)").orElseThrow().line()).isEqualTo(146);
        ClauseNode scope = document.find("1.2.5.1/適用範囲").orElseThrow();
        assertThat(scope.kind()).isEqualTo(NodeKind.SCOPE);
        assertThat(document.find("1.2.1.1/趣旨").orElseThrow().title()).isEqualTo("趣旨（必要性）");
    }

    @Test
    void theSeedLabelsNoClauseBasicOrEnhanced() {
        // 1.1.1.2(5) defines 基本/強化遵守事項, but every caption in this edition reads plain 遵守事項
        assertThat(document.nodes().filter(n -> n.tier() != null)).isEmpty();
        assertThat(document.nodes().filter(n -> n.kind() == NodeKind.COMPLIANCE))
                .allSatisfy(n -> assertThat(n.title()).isEqualTo("遵守事項"));
    }

    @Test
    void namesTheRolesOfAClauseLongestFirst() {
        assertThat(document.find("1.2.1.1(4)(c)").orElseThrow().roles()).containsExactly("GENERAL_ISO");
        assertThat(document.find("1.2.1.3(2)(f)").orElseThrow().roles()).containsExactly("CISO", "AUDIT_CHIEF");
        assertThat(document.find("1.2.1.1(7)(a)").orElseThrow().roles()).containsExactly("ISO", "SECTION_ISO");
    }

    private static long requirementsBelow(ClauseNode node) {
        return node.flatten().filter(n -> n.kind() == NodeKind.REQUIREMENT).count();
    }
}
