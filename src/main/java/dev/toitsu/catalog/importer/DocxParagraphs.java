package dev.toitsu.catalog.importer;

import dev.toitsu.shared.DomainException;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word (.docx) regulation text as the same lines a text conversion would give: one line per paragraph, one
 * line per table row with the cells joined by tabs, so that one parser serves both.
 */
public final class DocxParagraphs {

    private DocxParagraphs() {}

    /** A .docx is a ZIP archive: it starts with the local file header "PK\3\4". */
    public static boolean looksLikeDocx(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    public static String text(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        // POI reports broken archives with many unchecked exception types; for the user they all mean "not a text".
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    out.append(paragraph.getText().replace('\n', ' ')).append('\n');
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        out.append(row.getTableCells().stream()
                                        .map(DocxParagraphs::cellText)
                                        .collect(Collectors.joining("\t")))
                                .append('\n');
                    }
                }
            }
        } catch (Exception unreadable) {
            throw new DomainException(SourceText.NOT_TEXT);
        }
        return SourceText.requireText(out.toString());
    }

    private static String cellText(XWPFTableCell cell) {
        List<XWPFParagraph> paragraphs = cell.getParagraphs();
        return paragraphs.stream()
                .map(XWPFParagraph::getText)
                .map(t -> t.replace('\t', ' ').replace('\n', ' '))
                .collect(Collectors.joining(" "))
                .strip();
    }
}
