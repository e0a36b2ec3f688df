package dev.toitsu.catalog.importer;

import dev.toitsu.shared.DomainException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a converted regulation text into lines: UTF-8 with or without BOM, CRLF, LF or CR line ends.
 * Anything that is not text is refused with a message code rather than parsed into garbage.
 */
public final class SourceText {

    public static final String EMPTY = "catalog.import.empty";
    public static final String NOT_TEXT = "catalog.import.notText";

    /** Converted PDFs carry a stray control character now and then; binary files carry many. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private SourceText() {}

    public static String decode(byte[] bytes) {
        int offset = hasUtf8Bom(bytes) ? 3 : 0;
        if (bytes.length - offset == 0) {
            throw new DomainException(EMPTY);
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return requireText(text);
        } catch (CharacterCodingException notUtf8) {
            throw new DomainException(NOT_TEXT);
        }
    }

    /** Checks a string that is already decoded; returns it without a leading BOM. */
    public static String requireText(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw new DomainException(EMPTY);
        }
        int control = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 0 || isLoneSurrogate(body, i)) {
                throw new DomainException(NOT_TEXT);
            }
            if (Character.isSurrogate(c)) {
                i++;
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        if (control > body.length() * MAX_CONTROL_SHARE) {
            throw new DomainException(NOT_TEXT);
        }
        return body;
    }

    /** Splits on CRLF, LF or CR; a final line end does not open another line. */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }
}
