package dev.toitsu.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A spreadsheet or CSV read into rows of text. CSV bytes are decoded strictly as UTF-8 (a malformed byte is an error,
 * not a replacement character) and, failing that, as Windows-31J (Shift_JIS as Excel on Japanese Windows writes it);
 * the charset used is reported. Excel cells are read as shown, dates as {@code yyyy-MM-dd}.
 */
public record TabularFile(String format, String encoding, List<List<String>> rows) {

    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    public static TabularFile read(String fileName, byte[] bytes) throws IOException {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        boolean zip = bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
        if (name.endsWith(".xlsx") || zip) {
            return excel(bytes);
        }
        return csv(bytes);
    }

    /** Decodes strictly as UTF-8, else as Windows-31J; returns the text and the charset's name. */
    public static String[] decode(byte[] bytes) throws CharacterCodingException {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new String[] {text, "UTF-8"};
        } catch (CharacterCodingException notUtf8) {
            String text = WINDOWS_31J
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return new String[] {text, WINDOWS_31J.name()};
        }
    }

    static TabularFile csv(byte[] bytes) throws IOException {
        String[] decoded = decode(bytes);
        String text = decoded[0].startsWith("\uFEFF") ? decoded[0].substring(1) : decoded[0];
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return new TabularFile("CSV", decoded[1], rows);
    }

    static TabularFile excel(byte[] bytes) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            int last = sheet.getLastRowNum();
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        if (cell == null) {
                            cells.add("");
                        } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                            cells.add(cell.getLocalDateTimeCellValue()
                                    .toLocalDate()
                                    .format(iso));
                        } else if (cell.getCellType() == CellType.BOOLEAN) {
                            cells.add(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
                        } else {
                            cells.add(formatter.formatCellValue(cell));
                        }
                    }
                }
                rows.add(cells);
            }
        }
        return new TabularFile("XLSX", null, rows);
    }
}
