package dev.toitsu.catalog.web;

import dev.toitsu.catalog.EditionComparison;
import dev.toitsu.catalog.EditionComparison.Change;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A comparison of two editions as an Excel workbook or CSV (UTF-8 with BOM, so Excel opens it in Japanese). */
@Component
class ComparisonExport {

    private final MessageSource messages;

    ComparisonExport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] excel(EditionComparison comparison, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(message("catalog.compare.title", locale));
            List<String> header = header(comparison, locale);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            int r = 1;
            for (Change change : comparison.changes()) {
                Row row = sheet.createRow(r++);
                List<String> cells = cells(change, locale);
                for (int c = 0; c < cells.size(); c++) {
                    if (c == 5 && change.similarity() >= 0) {
                        row.createCell(c).setCellValue(Math.round(change.similarity() * 100) / 100.0);
                    } else {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, r - 1, 0, header.size() - 1));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String csv(EditionComparison comparison, Locale locale) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header(comparison, locale));
            for (Change change : comparison.changes()) {
                printer.printRecord(cells(change, locale));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private List<String> header(EditionComparison comparison, Locale locale) {
        String from = message("catalog.compare.from", locale) + " "
                + comparison.from().code();
        String to =
                message("catalog.compare.to", locale) + " " + comparison.to().code();
        return List.of(
                message("catalog.compare.type", locale),
                from,
                from + " " + message("catalog.edition.title", locale),
                to,
                to + " " + message("catalog.edition.title", locale),
                message("catalog.compare.similarity", locale),
                message("catalog.compare.basis", locale),
                message("catalog.compare.note", locale));
    }

    private List<String> cells(Change change, Locale locale) {
        return List.of(
                message("catalog.compare.change." + change.type(), locale),
                nullToEmpty(change.fromNodeId()),
                nullToEmpty(change.fromLabel()),
                nullToEmpty(change.toNodeId()),
                nullToEmpty(change.toLabel()),
                change.similarity() < 0 ? "" : String.format(Locale.ROOT, "%.2f", change.similarity()),
                message("catalog.compare.basis." + change.basis(), locale),
                nullToEmpty(change.note()));
    }

    private String message(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
