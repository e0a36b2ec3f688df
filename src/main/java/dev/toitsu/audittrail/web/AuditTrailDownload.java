package dev.toitsu.audittrail.web;

import dev.toitsu.audittrail.AuditEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Response headers of a CSV download, shared by the page and the API. */
public final class AuditTrailDownload {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private AuditTrailDownload() {}

    /**
     * Streams the CSV the writer produces. The writer checks access before it writes anything; if it refuses, the
     * download headers are taken back so that the error handler answers with a page or a problem instead.
     */
    public static void stream(HttpServletResponse response, CsvWriter writer) throws IOException {
        prepare(response);
        try {
            writer.write(response.getOutputStream());
        } catch (RuntimeException e) {
            if (!response.isCommitted()) {
                response.reset();
            }
            throw e;
        }
    }

    @FunctionalInterface
    public interface CsvWriter {
        void write(OutputStream out) throws IOException;
    }

    private static void prepare(HttpServletResponse response) {
        response.setContentType("text/csv; charset=UTF-8");
        String name = "audit-trail-" + STAMP.format(LocalDateTime.now(AuditEvent.TOKYO)) + ".csv";
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }
}
