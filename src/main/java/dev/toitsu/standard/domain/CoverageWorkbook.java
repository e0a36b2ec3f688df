package dev.toitsu.standard.domain;

import dev.toitsu.standard.ClauseMapping;
import dev.toitsu.standard.ClauseReview;
import dev.toitsu.standard.Coverage;
import dev.toitsu.standard.CoverageReport;
import dev.toitsu.standard.MappingStatus;
import dev.toitsu.standard.WeakeningFlag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 対応表 as organizations keep it in Excel: a summary per part and section, every requirement with its coverage
 * and covering clauses (gaps first), and every clause with its mappings, 独自規定 and weakening flags. Headings are
 * Japanese: the workbook is a document for the 委員会 and auditors (001 1.2.3.2(5)(b)).
 */
public final class CoverageWorkbook {

    private CoverageWorkbook() {}

    public static byte[] write(CoverageReport report, List<ClauseReview> clauses) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet summary = workbook.createSheet("集計");
            row(
                    summary,
                    0,
                    bold,
                    "対策基準",
                    report.version().documentTitle() + " 第" + report.version().number() + "版");
            row(summary, 1, bold, "対象の版", report.editionCode() + " " + report.editionTitle());
            row(
                    summary,
                    2,
                    bold,
                    "合計",
                    "充足 " + report.count(Coverage.COVERED) + " / 一部充足 " + report.count(Coverage.PARTIAL) + " / 未充足 "
                            + report.count(Coverage.UNCOVERED));
            row(summary, 4, bold, "部", "節", "充足", "一部充足", "未充足", "計");
            int r = 5;
            for (CoverageReport.Section s : report.sections()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(s.part());
                row.createCell(1).setCellValue(s.section());
                row.createCell(2).setCellValue(s.covered());
                row.createCell(3).setCellValue(s.partial());
                row.createCell(4).setCellValue(s.uncovered());
                row.createCell(5).setCellValue(s.total());
            }

            Sheet requirements = workbook.createSheet("対応表");
            row(requirements, 0, bold, "要件", "内容", "部", "節", "充足状況", "根拠", "対応する条項");
            r = 1;
            for (CoverageReport.Line line : report.requirements()) {
                row(
                        requirements,
                        r++,
                        null,
                        line.requirementId(),
                        line.label(),
                        line.part(),
                        line.section(),
                        coverage(line.coverage()),
                        line.coverage() == Coverage.UNCOVERED ? "" : line.confirmed() ? "確認済み" : "候補（未確認）",
                        String.join(", ", line.clauses()));
            }
            requirements.createFreezePane(0, 1);

            Sheet clauseSheet = workbook.createSheet("条項");
            row(clauseSheet, 0, bold, "条項", "行", "本文", "判定", "対応付け", "弱化の指摘");
            r = 1;
            for (ClauseReview review : clauses) {
                row(
                        clauseSheet,
                        r++,
                        null,
                        review.clause().locator(),
                        String.valueOf(review.clause().line()),
                        review.clause().label(),
                        review.organizationSpecific() ? "独自規定" : "対応あり",
                        review.mappings().stream()
                                .filter(m -> m.status() != MappingStatus.REJECTED)
                                .map(CoverageWorkbook::mapping)
                                .collect(Collectors.joining("\n")),
                        review.flags().stream().map(WeakeningFlag::explanation).collect(Collectors.joining("\n")));
            }
            clauseSheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mapping(ClauseMapping m) {
        String status = switch (m.status()) {
            case CONFIRMED -> "確認済み";
            case MANUAL -> "手動";
            case REJECTED -> "却下";
            case SUGGESTED -> "候補";
        };
        return m.requirementId() + "（" + status + (m.score() == null ? "" : String.format(" %.2f", m.score())) + "）";
    }

    private static String coverage(Coverage coverage) {
        return switch (coverage) {
            case COVERED -> "充足";
            case PARTIAL -> "一部充足";
            case UNCOVERED -> "未充足";
        };
    }

    private static void row(Sheet sheet, int index, CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(values[i] == null ? "" : values[i]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
