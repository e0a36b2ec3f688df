package dev.toitsu.workflow;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Ledger and register exports: CSV (UTF-8 with BOM, so Excel opens Japanese text correctly) and Excel (.xlsx,
 * streamed). Used by this module's register and by the exemption ledger.
 */
public final class Spreadsheets {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheets() {}

    public static void csv(List<String> headers, List<List<Object>> rows, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
            printer.printRecord(headers);
            for (List<Object> row : rows) {
                printer.printRecord(
                        row.stream().map(v -> v == null ? "" : v.toString()).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void xlsx(String sheetName, List<String> headers, List<List<Object>> rows, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(sheetName);
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
                head.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (List<Object> row : rows) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    Object v = row.get(i);
                    if (v instanceof Number n) {
                        line.createCell(i).setCellValue(n.doubleValue());
                    } else {
                        line.createCell(i).setCellValue(v == null ? "" : v.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
