package dev.toitsu.workflow.domain;

import dev.toitsu.shared.DomainException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Size and type limits of attachments. The type is decided by the file name's extension from an allow-list, and
 * the stored content type is derived from it (never the client's claim), so a download is served as what it is.
 */
public class AttachmentPolicy {

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("zip", "application/zip"));

    private final long maxBytes;
    private final Set<String> extensions;

    public AttachmentPolicy(long maxBytes, Set<String> extensions) {
        this.maxBytes = maxBytes;
        this.extensions = Set.copyOf(extensions);
    }

    /** The cleaned file name and its content type; refuses empty, oversized and disallowed files. */
    public Accepted accept(String fileName, long size) {
        String name = fileName == null
                ? ""
                : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new DomainException("workflow.attachment.name.invalid");
        }
        if (size <= 0) {
            throw new DomainException("workflow.attachment.empty");
        }
        if (size > maxBytes) {
            throw new DomainException("workflow.attachment.tooLarge", maxBytes / (1024 * 1024));
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!extensions.contains(extension) || !CONTENT_TYPES.containsKey(extension)) {
            throw new DomainException(
                    "workflow.attachment.type.notAllowed",
                    String.join(", ", extensions.stream().sorted().toList()));
        }
        return new Accepted(name, CONTENT_TYPES.get(extension));
    }

    public record Accepted(String fileName, String contentType) {}
}
