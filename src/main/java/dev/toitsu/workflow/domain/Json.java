package dev.toitsu.workflow.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON of the workflow's jsonb columns, and the canonical form of a decision snapshot (keys sorted at every level,
 * dates as ISO text) whose SHA-256 is stored with the decision. PostgreSQL's jsonb reorders keys; the canonical form
 * does not depend on that, so the hash can be recomputed from the stored snapshot.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private Json() {}

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> T read(String json, TypeReference<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static <T> List<T> readList(String json, Class<T> element) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return MAPPER.readValue(json, MAPPER.getTypeFactory().constructCollectionType(List.class, element));
    }

    public static Map<String, String> readStrings(String json) {
        if (json == null) {
            return null;
        }
        return MAPPER.readValue(json, new TypeReference<Map<String, String>>() {});
    }

    public static Map<String, Object> readObject(String json) {
        return MAPPER.readValue(json, new TypeReference<Map<String, Object>>() {});
    }

    /** Keys sorted at every level: a map read back from jsonb gives the same text as the one written. */
    public static String canonical(Map<String, ?> snapshot) {
        return MAPPER.writeValueAsString(
                MAPPER.readValue(write(snapshot), new TypeReference<Map<String, Object>>() {}));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
