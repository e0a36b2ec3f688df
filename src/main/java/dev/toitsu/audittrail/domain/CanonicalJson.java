package dev.toitsu.audittrail.domain;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON form of a before/after state that the hash covers. PostgreSQL's jsonb reorders keys and rewrites
 * some numbers ({@code 1e2} → {@code 100}), so the hash is never taken over stored text:
 * values are first normalized (keys sorted by UTF-16 code units, numbers as plain decimals without trailing zeros,
 * NUL characters, which PostgreSQL cannot store, replaced by U+FFFD, any other object by its {@code toString()}) and
 * the same normalization is applied to what is read back.
 */
public final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private CanonicalJson() {}

    /** A tree of only String, BigDecimal, Boolean, null, sorted unmodifiable maps and unmodifiable lists. */
    public static Map<String, Object> normalize(Map<String, ?> state) {
        if (state == null) {
            return null;
        }
        return normalizeMap(state);
    }

    /** The canonical text of a normalized (or raw) state; null for null. */
    public static String write(Map<String, ?> state) {
        if (state == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        write(normalizeMap(state), out);
        return out.toString();
    }

    /** Parses stored JSON (as PostgreSQL prints a jsonb) back into the normalized tree. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String json) {
        if (json == null) {
            return null;
        }
        return normalizeMap(MAPPER.readValue(json, Map.class));
    }

    public static String cleanText(String text) {
        return text == null ? null : text.replace('\u0000', '\uFFFD');
    }

    private static Map<String, Object> normalizeMap(Map<?, ?> map) {
        TreeMap<String, Object> sorted = new TreeMap<>();
        map.forEach((key, value) -> {
            String name = cleanText(String.valueOf(key));
            if (sorted.put(name, normalizeValue(value)) != null) {
                throw new IllegalArgumentException("two keys print as " + name);
            }
        });
        return Collections.unmodifiableMap(sorted);
    }

    private static Object normalizeValue(Object value) {
        if (value == null || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return normalizeNumber(number);
        }
        if (value instanceof Map<?, ?> map) {
            return normalizeMap(map);
        }
        if (value instanceof Iterable<?> iterable) {
            List<Object> list = new ArrayList<>();
            iterable.forEach(element -> list.add(normalizeValue(element)));
            return Collections.unmodifiableList(list);
        }
        if (value.getClass().isArray()) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(normalizeValue(Array.get(value, i)));
            }
            return Collections.unmodifiableList(list);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return cleanText(value.toString());
    }

    private static BigDecimal normalizeNumber(Number number) {
        BigDecimal decimal;
        if (number instanceof BigDecimal big) {
            decimal = big;
        } else if (number instanceof BigInteger big) {
            decimal = new BigDecimal(big);
        } else if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("JSON has no " + d);
            }
            decimal = new BigDecimal(number.toString());
        } else {
            decimal = BigDecimal.valueOf(number.longValue());
        }
        decimal = decimal.stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof BigDecimal d) {
            out.append(d.toPlainString());
        } else if (value instanceof String s) {
            writeString(s, out);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString((String) entry.getKey(), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else {
            throw new IllegalStateException("not normalized: " + value.getClass());
        }
    }

    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
