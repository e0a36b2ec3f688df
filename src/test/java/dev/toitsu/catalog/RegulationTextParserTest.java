package dev.toitsu.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.shared.DomainException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class RegulationTextParserTest {

    private final RegulationTextParser parser = new RegulationTextParser();

    private static final String ITEM_HEAD = "第1.2部 組織と体制の整備\n1.2.1 導入\n1.2.1.3 違反と例外措置\n遵守事項\n";

    @Test
    void crossReferenceInsideSentenceIsNotAClause() {
        ParsedDocument doc = parser.parse(ITEM_HEAD
                + "(2) 例外措置\n"
                + "(a) 許可権限者は、1.2.1.3(2)に定める手続に従い、\n"
                + "⑬(b)に規定する者に通知すること。\n"
                + "(b) 行政事務従事者は、(a)に定める申請を行うこと。\n");
        assertThat(doc.find("1.2.1.3(2)(a)").orElseThrow().text())
                .isEqualTo("許可権限者は、1.2.1.3(2)に定める手続に従い、⑬(b)に規定する者に通知すること。");
        assertThat(doc.find("1.2.1.3(2)(b)").orElseThrow().text()).isEqualTo("行政事務従事者は、(a)に定める申請を行うこと。");
        assertThat(doc.nodes().map(ClauseNode::id)).doesNotContain("1.2.1.3(2)(a)⑬");
        assertThat(doc.unplaced()).isEmpty();
    }

    @Test
    void numberingThatJumpsBackwardsIsText() {
        ParsedDocument doc =
                parser.parse(ITEM_HEAD + "(1) 違反への対処\n(a) 一つ目。\n(b) 二つ目であり、\n(a) 及び(b)の例による。\n(d) 飛んだ番号。\n");
        ClauseNode group = doc.find("1.2.1.3(1)").orElseThrow();
        assertThat(group.children()).extracting(ClauseNode::id).containsExactly("1.2.1.3(1)(a)", "1.2.1.3(1)(b)");
        assertThat(doc.find("1.2.1.3(1)(b)").orElseThrow().text()).isEqualTo("二つ目であり、(a) 及び(b)の例による。(d) 飛んだ番号。");
    }

    @Test
    void headingThatGoesBackwardsIsText() {
        ParsedDocument doc = parser.parse(ITEM_HEAD + "(1) 対処\n(a) 本文。\n1.2.1.1 前の項目への言及\n");
        assertThat(doc.find("1.2.1.1")).isEmpty();
        assertThat(doc.find("1.2.1.3(1)(a)").orElseThrow().text()).isEqualTo("本文。1.2.1.1 前の項目への言及");
    }

    @Test
    void subItemWithoutAPlausibleParentIsReportedUnplaced() {
        ParsedDocument doc = parser.parse("第1章 総則\n(ア) 章の直下の細目\n");
        assertThat(doc.unplaced()).containsExactly(new UnplacedLine(2, "(ア) 章の直下の細目", UnplacedReason.NO_PARENT));
    }

    @Test
    void fullWidthParenthesesAreNormalized() {
        ParsedDocument doc = parser.parse(ITEM_HEAD + "（１）違反への対処\n（ａ） 報告すること。\n（ア） 細目\n");
        assertThat(doc.find("1.2.1.3(1)(a)(ア)").orElseThrow().text()).isEqualTo("細目");
        assertThat(doc.find("1.2.1.3(1)").orElseThrow().title()).isEqualTo("違反への対処");
    }

    @Test
    void fullWidthDigitsInHeadingsAreNormalized() {
        ParsedDocument doc = parser.parse("第３章　情報の取扱い\n３．１　情報の取扱い\n(1) 目的・趣旨\n本文。\n");
        assertThat(doc.find("3.1").orElseThrow().title()).isEqualTo("情報の取扱い");
        assertThat(doc.find("3.1(1)").orElseThrow().kind()).isEqualTo(NodeKind.PURPOSE);
    }

    @Test
    void lineContinuationsJoinWithoutSpacesBetweenKanji() {
        ParsedDocument doc = parser.parse(ITEM_HEAD + "(1) 対処\n(a) 情報セキュリティ責任者は、当該情報シ\n\n  ステムの  管理者に\n12\n報告すること。\n");
        assertThat(doc.find("1.2.1.3(1)(a)").orElseThrow().text()).isEqualTo("情報セキュリティ責任者は、当該情報システムの 管理者に報告すること。");
    }

    @Test
    void asciiWordsAcrossALineBreakKeepOneSpace() {
        ParsedDocument doc =
                parser.parse(ITEM_HEAD + "(1) 対処\n(a) Security Target (ST) and\nprotection profile を定めること。\n");
        assertThat(doc.find("1.2.1.3(1)(a)").orElseThrow().text())
                .isEqualTo("Security Target (ST) and protection profile を定めること。");
    }

    @Test
    void pageNumbersAreSkippedButCounted() {
        ParsedDocument doc = parser.parse(ITEM_HEAD + "(1) 対処\n- 12 -\n(a) 本文。\n３\n");
        assertThat(doc.stats().pageNumberLines()).isEqualTo(2);
        assertThat(doc.find("1.2.1.3(1)(a)").orElseThrow().text()).isEqualTo("本文。");
    }

    @Test
    void tierCaptionsMarkBasicAndEnhancedClauses() {
        ParsedDocument doc = parser.parse(ITEM_HEAD.replace("遵守事項\n", "")
                + "【基本遵守事項】\n(1) 違反への対処\n(a) 基本の条項。\n強化遵守事項\n(2) 追加の対処\n(a) 強化の条項。\n"
                + "1.2.1.4 次の項目\n(1) 群\n(a) 無印の条項。\n");
        assertThat(doc.find("1.2.1.3(1)(a)").orElseThrow().tier()).isEqualTo(Tier.BASIC);
        assertThat(doc.find("1.2.1.3(2)(a)").orElseThrow().tier()).isEqualTo(Tier.ENHANCED);
        assertThat(doc.find("1.2.1.3/強化遵守事項").orElseThrow().kind()).isEqualTo(NodeKind.COMPLIANCE);
        assertThat(doc.find("1.2.1.4(1)(a)").orElseThrow().tier()).isNull();
    }

    @Test
    void longestRoleNameWins() {
        ParsedDocument doc = parser.parse(ITEM_HEAD + "(1) 対処\n(a) 統括情報セキュリティ責任者は、課室情報セキュリティ責任者及び機関CISOに通知すること。\n");
        assertThat(doc.find("1.2.1.3(1)(a)").orElseThrow().roles())
                .containsExactly("GENERAL_ISO", "SECTION_ISO", "INSTITUTE_CISO");
    }

    @Test
    void circledNumbersAndBareKatakanaFormOrganizationIds() {
        ParsedDocument doc = parser.parse("第3章 情報の取扱い\n3.1 情報の取扱い\n(1) 目的・趣旨\n(2) 遵守事項\n① 情報の運搬・送信\n"
                + "- (a) 役職員等は、送信する。\n - (b) 役職員等は、次による。\n - ア 暗号化する。\n - イ 再確認する。\n");
        assertThat(doc.find("3.1(2)①(b)イ").orElseThrow().text()).isEqualTo("再確認する。");
        assertThat(doc.style()).isEqualTo(DocumentStyle.ORGANIZATION_STANDARD);
    }

    @Test
    void aGroupThatSkipsItsFirstNumberIsText() {
        ParsedDocument doc = parser.parse("第3章 情報の取扱い\n3.1 情報の取扱い\n(2) 遵守事項\n");
        assertThat(doc.find("3.1(2)")).isEmpty();
        assertThat(doc.find("3.1").orElseThrow().text()).isEqualTo("(2) 遵守事項");
    }

    @Test
    void tableRowsKeepTheirCells() {
        ParsedDocument doc = parser.parse("第1章 総則\n1.1 窓口\n区分\t窓口\n\t事務局\t\n");
        ClauseNode section = doc.find("1.1").orElseThrow();
        assertThat(section.children())
                .extracting(ClauseNode::cells)
                .containsExactly(java.util.List.of("区分", "窓口"), java.util.List.of("", "事務局", ""));
    }

    @Test
    void crlfAndByteOrderMarkAreAccepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "第1章 総則\r\n1.1 目的\r\n本文。\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(body, 0, content, 3, body.length);
        ParsedDocument doc = parser.parse(content);
        assertThat(doc.find("1").orElseThrow().title()).isEqualTo("総則");
        assertThat(doc.find("1.1").orElseThrow().text()).isEqualTo("本文。");
        assertThat(doc.stats().totalLines()).isEqualTo(3);
    }

    @Test
    void emptyOrBlankInputIsRefused() {
        assertRefused(new byte[0], "catalog.import.empty");
        assertRefused(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "catalog.import.empty");
        assertRefused(" \n\t\r\n　".getBytes(StandardCharsets.UTF_8), "catalog.import.empty");
    }

    @Test
    void binaryOrNonUtf8InputIsRefused() {
        assertRefused(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, "catalog.import.notText");
        assertRefused("第1章 総則".getBytes(Charset.forName("Shift_JIS")), "catalog.import.notText");
        assertRefused(new byte[] {'P', 'K', 3, 4, 0, 0, 9, 9}, "catalog.import.notText");
        assertThatThrownBy(() -> parser.parse("a\u0001\u0002\u0003b"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("catalog.import.notText"));
    }

    @Test
    void docxParagraphsAndTablesAreParsedLikeText() throws IOException {
        byte[] docx;
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line :
                    new String[] {"第3章 情報の取扱い", "3.3 インシデントへの対処", "(1) 目的・趣旨", "(2) 遵守事項", "① 準備", "② インシデントの報告"}) {
                word.createParagraph().createRun().setText(line);
            }
            word.createParagraph().createRun().setText("(a) 役職員等は、機関の報告窓口に報告し、指示に従う。");
            XWPFTable table = word.createTable(2, 2);
            table.getRow(0).getCell(0).setText("機関");
            table.getRow(0).getCell(1).setText("窓口");
            table.getRow(1).getCell(0).setText("国立天文台");
            table.getRow(1).getCell(1).setText("情報セキュリティ室");
            word.write(out);
            docx = out.toByteArray();
        }
        ParsedDocument doc = parser.parse(docx);
        ClauseNode clause = doc.find("3.3(2)②(a)").orElseThrow();
        assertThat(clause.text()).isEqualTo("役職員等は、機関の報告窓口に報告し、指示に従う。");
        assertThat(clause.line()).isEqualTo(7);
        assertThat(clause.children())
                .extracting(ClauseNode::cells)
                .containsExactly(java.util.List.of("機関", "窓口"), java.util.List.of("国立天文台", "情報セキュリティ室"));
    }

    @Test
    void everyLineIsAccountedFor() {
        ParsedDocument doc = parser.parse("表紙\n\n第1章 総則\n1.1 目的\n3\n(ア) 迷子\n");
        ParseStats stats = doc.stats();
        assertThat(stats.blankLines() + stats.pageNumberLines() + stats.placedLines() + stats.unplacedLines())
                .isEqualTo(stats.totalLines());
        assertThat(doc.unplaced()).extracting(UnplacedLine::line).containsExactly(1, 6);
    }

    private void assertRefused(byte[] content, String code) {
        assertThatThrownBy(() -> parser.parse(content))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
