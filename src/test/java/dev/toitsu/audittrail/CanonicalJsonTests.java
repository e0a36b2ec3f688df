package dev.toitsu.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.audittrail.domain.CanonicalJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CanonicalJsonTests {

    @Test
    void sortsKeysAtEveryLevelAndKeepsJapaneseTextAsIs() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("機密性", 3);
        inner.put("完全性", 2);
        inner.put("a", List.of("情報政策課", Map.of("z", true, "b", false)));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", "情報セキュリティ委員会");
        state.put("classification", inner);

        assertThat(CanonicalJson.write(state))
                .isEqualTo("{\"classification\":{\"a\":[\"情報政策課\",{\"b\":false,\"z\":true}],\"完全性\":2,\"機密性\":3},"
                        + "\"name\":\"情報セキュリティ委員会\"}");
    }

    @Test
    void writesTheSameTextForWhatPostgresHandsBack() {
        // jsonb prints keys by length then bytes, and may print numbers differently than Java wrote them
        Map<String, Object> original =
                Map.of("件数", 1000L, "ratio", 0.5, "price", new BigDecimal("1.50"), "日付", LocalDate.of(2025, 4, 1));
        String fromPostgres = "{\"ratio\": 0.50, \"price\": 1.5, \"件数\": 1E+3, \"日付\": \"2025-04-01\"}";

        assertThat(CanonicalJson.write(CanonicalJson.parse(fromPostgres))).isEqualTo(CanonicalJson.write(original));
    }

    @Test
    void roundTripsThroughItsOwnText() {
        Map<String, Object> state = Map.of(
                "id", UUID.fromString("0b6f5f0e-4a8e-4c53-9a5f-4c2d0f1e2a3b"),
                "nested", Map.of("list", List.of(1, 2.25, "三", Map.of()), "quote", "\"\\\n\t\u0001"),
                "none", new LinkedHashMap<>());
        String text = CanonicalJson.write(state);

        assertThat(CanonicalJson.write(CanonicalJson.parse(text))).isEqualTo(text);
    }

    @Test
    void replacesNulWhichPostgresCannotStore() {
        assertThat(CanonicalJson.write(Map.of("k", "a\u0000b"))).isEqualTo("{\"k\":\"a\uFFFDb\"}");
    }

    @Test
    void refusesNumbersJsonCannotHold() {
        assertThatThrownBy(() -> CanonicalJson.write(Map.of("x", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
