package dev.toitsu.catalog;

import dev.toitsu.catalog.importer.ClauseTreeBuilder;
import dev.toitsu.catalog.importer.DocxParagraphs;
import dev.toitsu.catalog.importer.SourceText;
import dev.toitsu.shared.DomainException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a regulation text (統一基準, ガイドライン, an organization's 対策基準) into a clause tree. Pure Java: no Spring
 * context, no database, so the command line can run it directly.
 *
 * <p>Failures a user can fix are {@link DomainException}s with the codes {@value #EMPTY}, {@value #NOT_TEXT} and
 * {@value #UNREADABLE}; no other exception escapes for any input.
 */
public final class RegulationTextParser {

    public static final String EMPTY = SourceText.EMPTY;
    public static final String NOT_TEXT = SourceText.NOT_TEXT;
    public static final String UNREADABLE = "catalog.import.unreadable";

    public ParsedDocument parse(String text) {
        return ClauseTreeBuilder.build(SourceText.lines(SourceText.requireText(text)));
    }

    /** UTF-8 text (BOM optional) or a Word .docx document. */
    public ParsedDocument parse(byte[] content) {
        String text = DocxParagraphs.looksLikeDocx(content) ? DocxParagraphs.text(content) : SourceText.decode(content);
        return ClauseTreeBuilder.build(SourceText.lines(text));
    }

    public ParsedDocument parse(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw new DomainException(UNREADABLE, file.toString());
        }
        return parse(content);
    }
}
