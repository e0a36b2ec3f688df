package dev.toitsu.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.audittrail.domain.ChainedContent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChainedContentTests {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID ORG = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private static final Instant AT = Instant.parse("2025-04-01T00:00:00.123456Z");

    private static ChainedContent content(String subjectType, String subjectId, Map<String, ?> after) {
        return new ChainedContent(
                ID,
                ORG,
                AT,
                null,
                "山田 太郎",
                "organization.unit.created",
                subjectType,
                subjectId,
                "課室を作成",
                null,
                after,
                "127.0.0.1");
    }

    @Test
    void hashIsStableAcrossReleases() {
        // pinned: changing the encoding silently would make every stored chain look broken
        assertThat(content("unit", "42", Map.of("名前", "情報政策課")).hash(null))
                .isEqualTo(content("unit", "42", Map.of("名前", "情報政策課")).hash(null))
                .hasSize(64)
                .isEqualTo(PINNED);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertThat(content("unit4", "2", null).hash(null))
                .isNotEqualTo(content("unit", "42", null).hash(null));
        assertThat(content("unit", "", null).hash(null))
                .isNotEqualTo(content("unit", null, null).hash(null));
    }

    @Test
    void coversThePreviousHash() {
        var content = content("unit", "42", null);
        assertThat(content.hash("a".repeat(64))).isNotEqualTo(content.hash("b".repeat(64)));
    }

    @Test
    void keyOrderOfTheStateDoesNotMatter() {
        var ordered = new java.util.LinkedHashMap<String, Object>();
        ordered.put("b", 1);
        ordered.put("a", Map.of("y", 2, "x", 1));
        var reversed = new java.util.LinkedHashMap<String, Object>();
        reversed.put("a", Map.of("x", 1, "y", 2));
        reversed.put("b", 1);
        assertThat(content("unit", "42", ordered).hash(null))
                .isEqualTo(content("unit", "42", reversed).hash(null));
    }

    @Test
    void refusesTimesFinerThanPostgresKeeps() {
        assertThatThrownBy(() -> new ChainedContent(
                        ID, ORG, AT.plusNanos(1), null, "x", "a.b", "t", null, "s", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Computed independently of this code (Python: hashlib.sha256 over the length-prefixed fields), so the pin also
     * documents the encoding for anyone verifying an export outside toitsu.
     */
    private static final String PINNED = "829bc556b955b3e36b5b1feb20c165f3b69aeff201a1c005edc944c3c72472d0";
}
