package dev.toitsu.violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A reported violation and what was done about it. */
public record Violation(
        UUID id,
        String number,
        UUID reporterId,
        String reporterName,
        UUID unitId,
        String unitName,
        LocalDate occurredOn,
        String regulation,
        String clause,
        String description,
        State state,
        String measures,
        String measuresByName,
        Instant measuresAt,
        Instant cisoAcknowledgedAt,
        String cisoAcknowledgedBy,
        Instant createdAt,
        long version) {

    public enum State {
        /** Reported to the 情報セキュリティ責任者 (1.2.1.3(1)(a)). */
        REPORTED,
        /** Measures recorded and reported to the CISO ((b), (c)). */
        MEASURES_RECORDED,
        /** The CISO acknowledged the report. */
        ACKNOWLEDGED
    }
}
