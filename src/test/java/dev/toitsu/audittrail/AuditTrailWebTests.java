package dev.toitsu.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.toitsu.shared.Permission;
import dev.toitsu.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    TransactionTemplate transaction;

    private UUID org;
    private TestActor reader;

    @BeforeEach
    void recordSomething() {
        org = UUID.randomUUID();
        reader = TestActor.in(org, "監査 一郎", Permission.AUDIT_TRAIL_READ);
        transaction.executeWithoutResult(status -> {
            auditTrail.record(AuditRecord.of(org, "organization.unit.created", "unit", "u1", "課室を作成: 情報政策課")
                    .by(AuditActor.system())
                    .withAfter(Map.of("名称", "情報政策課")));
            auditTrail.record(AuditRecord.of(org, "identity.login.failed", "account", null, "ログイン失敗")
                    .by(AuditActor.unauthenticated("taro")));
        });
    }

    @Test
    void pageListsTheOrganizationsEventsInJapanese() {
        assertThat(mvc.get().uri("/audit-trail").with(authentication(reader.authentication())))
                .hasStatusOk()
                .bodyText()
                .contains("操作履歴", "課室を作成: 情報政策課", "ログイン失敗", "名称: 情報政策課", "改ざん検証");
    }

    @Test
    void pageFiltersAndSpeaksEnglishOnRequest() {
        assertThat(mvc.get().uri("/audit-trail?action=identity.&lang=en").with(authentication(reader.authentication())))
                .hasStatusOk()
                .bodyText()
                .contains("Audit trail", "ログイン失敗")
                .doesNotContain("課室を作成");
    }

    @Test
    void pageExplainsAReversedPeriod() {
        assertThat(mvc.get()
                        .uri("/audit-trail?from=2025-04-02&to=2025-04-01")
                        .with(authentication(reader.authentication())))
                .hasStatusOk()
                .bodyText()
                .contains("終了日は開始日以降の日付を指定してください。");
    }

    @Test
    void verifyButtonShowsTheResult() {
        var result = mvc.post()
                .uri("/audit-trail/verification")
                .with(authentication(reader.authentication()))
                .with(csrf())
                .exchange();
        assertThat(result).hasStatus3xxRedirection().flash().containsKey("verification");
        ChainVerification verification =
                (ChainVerification) result.getMvcResult().getFlashMap().get("verification");
        assertThat(verification.intact()).isTrue();
        assertThat(verification.rowsChecked()).isEqualTo(2);
    }

    @Test
    void pageDownloadsCsvWithBom() {
        var result = mvc.get()
                .uri("/audit-trail/export.csv")
                .with(authentication(reader.authentication()))
                .exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment;");
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(body, StandardCharsets.UTF_8)).contains("通番", "課室を作成: 情報政策課");
    }

    @Test
    void pageIsClosedToActorsWithoutThePermission() {
        var staff = TestActor.in(org, "職員", Permission.DIRECTORY_READ);
        assertThat(mvc.get().uri("/audit-trail").with(authentication(staff.authentication())))
                .hasStatus(403);
        assertThat(mvc.get().uri("/audit-trail/export.csv").with(authentication(staff.authentication())))
                .hasStatus(403);
    }

    @Test
    void apiReturnsAPageOfJson() {
        assertThat(mvc.get()
                        .uri("/api/v1/audit-trail?size=1")
                        .with(authentication(reader.authentication()))
                        .accept(MediaType.APPLICATION_JSON))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.events.length()").isEqualTo(1);
                    assertThat(json).extractingPath("$.events[0].summary").isEqualTo("ログイン失敗");
                    assertThat(json)
                            .extractingPath("$.events[0].occurredAt")
                            .asString()
                            .endsWith("+09:00");
                    assertThat(json).extractingPath("$.hasNext").isEqualTo(true);
                });
    }

    @Test
    void apiReportsVerification() {
        assertThat(mvc.get().uri("/api/v1/audit-trail/verification").with(authentication(reader.authentication())))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.intact").isEqualTo(true);
                    assertThat(json).extractingPath("$.rowsChecked").isEqualTo(2);
                });
    }

    @Test
    void apiExportsCsv() {
        var result = mvc.get()
                .uri("/api/v1/audit-trail.csv?action=organization.")
                .with(authentication(reader.authentication()))
                .exchange();
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/csv");
        assertThat(result.getResponse().getContentAsByteArray()).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void apiAnswersProblemDetails() {
        var staff = TestActor.in(org, "職員", Permission.DIRECTORY_READ);
        assertThat(mvc.get().uri("/api/v1/audit-trail").with(authentication(staff.authentication())))
                .hasStatus(403)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:toitsu:problem:error.forbidden");
        assertThat(mvc.get()
                        .uri("/api/v1/audit-trail?from=2025-04-02&to=2025-04-01")
                        .with(authentication(reader.authentication())))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:toitsu:problem:audittrail.query.periodReversed");
        assertThat(mvc.get().uri("/api/v1/audit-trail.csv").with(authentication(staff.authentication())))
                .hasStatus(403)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
