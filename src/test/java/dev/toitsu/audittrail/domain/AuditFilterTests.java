package dev.toitsu.audittrail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.audittrail.AuditQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditFilterTests {

    private static final UUID ORG = UUID.randomUUID();

    @Test
    void daysAreTokyoDaysAndTheLastDayIsIncluded() {
        // 2025-04-01 in Tokyo starts at 2025-03-31T15:00Z: an event at 23:30 on 31 March (JST) is not in it
        var filter = new AuditFilter(
                ORG, new AuditQuery(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1), null, null, null));

        assertThat(((OffsetDateTime) filter.parameters().get("from")).toInstant())
                .isEqualTo(Instant.parse("2025-03-31T15:00:00Z"));
        assertThat(((OffsetDateTime) filter.parameters().get("to")).toInstant())
                .isEqualTo(Instant.parse("2025-04-01T15:00:00Z"));
        assertThat(filter.where()).contains("occurred_at >= :from", "occurred_at < :to");
    }

    @Test
    void actionIsAPrefixWithLikeWildcardsEscaped() {
        var filter = new AuditFilter(ORG, new AuditQuery(null, null, "identity.login_%", null, null));
        assertThat(filter.parameters()).containsEntry("action", "identity.login\\_\\%%");
    }

    @Test
    void actorIsANamePartOrAnAccountId() {
        UUID account = UUID.randomUUID();
        assertThat(new AuditFilter(ORG, new AuditQuery(null, null, null, account.toString(), null)).parameters())
                .containsEntry("actorId", account);
        assertThat(new AuditFilter(ORG, new AuditQuery(null, null, null, "山田", null)).parameters())
                .containsEntry("actor", "%山田%");
    }

    @Test
    void platformChainHasNoOrganization() {
        assertThat(new AuditFilter(null, AuditQuery.all()).where()).isEqualTo("organization_id IS NULL");
    }
}
