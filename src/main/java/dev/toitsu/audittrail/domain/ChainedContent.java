package dev.toitsu.audittrail.domain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * The fields of an audit row that its hash covers: everything except the database-assigned {@code seq} and the hash
 * itself. {@code occurredAt} carries microseconds at most (what {@code timestamptz} keeps); {@code before} and
 * {@code after} are normalized by {@link CanonicalJson}.
 */
public record ChainedContent(
        UUID id,
        UUID organizationId,
        Instant occurredAt,
        UUID actorAccountId,
        String actorName,
        String action,
        String subjectType,
        String subjectId,
        String summary,
        Map<String, ?> before,
        Map<String, ?> after,
        String clientAddress) {

    /** Names the encoding; a future change of encoding gets a new version and verification picks by it. */
    static final String ENCODING = "toitsu-audit-v1";

    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    public ChainedContent {
        if (occurredAt.getNano() % 1000 != 0) {
            throw new IllegalArgumentException("occurredAt must be truncated to microseconds");
        }
        before = CanonicalJson.normalize(before);
        after = CanonicalJson.normalize(after);
    }

    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * SHA-256 (lower-case hex) over the canonical encoding: the encoding name, then each field in declaration order,
     * then {@code prevHash}; each value as {@code <UTF-8 byte length>:<bytes>}, a null as {@code -}. The length prefix
     * makes the encoding unambiguous whatever the text contains.
     */
    public String hash(String prevHash) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        return HexFormat.of().formatHex(digest.digest(encode(prevHash)));
    }

    byte[] encode(String prevHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, ENCODING);
        field(out, text(id));
        field(out, text(organizationId));
        field(out, MICROS.format(occurredAt));
        field(out, text(actorAccountId));
        field(out, actorName);
        field(out, action);
        field(out, subjectType);
        field(out, subjectId);
        field(out, summary);
        field(out, CanonicalJson.write(before));
        field(out, CanonicalJson.write(after));
        field(out, clientAddress);
        field(out, prevHash);
        return out.toByteArray();
    }

    private static String text(UUID uuid) {
        return uuid == null ? null : uuid.toString();
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.write('-');
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        out.write(':');
        out.writeBytes(bytes);
    }
}
