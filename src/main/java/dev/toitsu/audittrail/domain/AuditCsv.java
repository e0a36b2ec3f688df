package dev.toitsu.audittrail.domain;

import dev.toitsu.audittrail.AuditEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The CSV form of the trail: UTF-8 with a byte-order mark (without it Excel reads Japanese as Shift_JIS), CRLF,
 * headers from the {@code audittrail} bundle, times in Asia/Tokyo. Cells that Excel would run as a formula get a
 * leading apostrophe.
 */
@Component
public class AuditCsv {

    private static final String[] COLUMNS = {
        "seq",
        "occurredAt",
        "organization",
        "actorName",
        "actorAccount",
        "action",
        "subjectType",
        "subjectId",
        "summary",
        "before",
        "after",
        "clientAddress",
        "hash"
    };
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final MessageSource messages;

    public AuditCsv(MessageSource messages) {
        this.messages = messages;
    }

    /** Opens a CSV document on the stream; the caller feeds events to the consumer, then closes the stream. */
    public long write(OutputStream out, Locale locale, Consumer<Consumer<AuditEvent>> source) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String[] headers = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            headers[i] = messages.getMessage("audittrail.column." + COLUMNS[i], null, COLUMNS[i], locale);
        }
        try {
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(
                    writer, CSVFormat.EXCEL.builder().setHeader(headers).get());
            long[] count = {0};
            source.accept(event -> {
                try {
                    printer.printRecord(row(event));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
            return count[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object[] row(AuditEvent event) {
        return new Object[] {
            event.seq(),
            TIME.format(event.occurredAtInTokyo()),
            event.organizationId(),
            cell(event.actorName()),
            event.actorAccountId(),
            event.action(),
            cell(event.subjectType()),
            cell(event.subjectId()),
            cell(event.summary()),
            json(event.before()),
            json(event.after()),
            cell(event.clientAddress()),
            event.hash()
        };
    }

    private static String json(Map<String, Object> state) {
        return cell(CanonicalJson.write(state));
    }

    /** OWASP CSV injection: a cell starting with = + - @ or a control character is text, not a formula. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
