package dev.toitsu.workflow;

import static dev.toitsu.workflow.WorkflowFixture.exemption;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.toitsu.support.DemoSignIn;
import dev.toitsu.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The pages and the API enforce the same rules as the facade: a forged form post or API call cannot self-approve. */
@IntegrationTest
class WorkflowWebTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DemoSignIn signIn;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    ApprovalRequests requests;

    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void staffSeeTheirPagesInJapanese() {
        assertThat(mvc.get().uri("/requests").with(signIn.as("staff")))
                .hasStatusOk()
                .bodyText()
                .contains("自分の申請", "例外措置の適用申請", "支給以外の端末の利用申請");
        assertThat(mvc.get().uri("/requests/new?type=EXEMPTION").with(signIn.as("staff")))
                .hasStatusOk()
                .bodyText()
                .contains("規程名", "措置内容（講ずる代替手段等）", "例外措置の適用を終了したときの報告方法", "事後申請");
        assertThat(mvc.get().uri("/requests/inbox").with(signIn.as("iso"))).hasStatusOk();
        assertThat(mvc.get().uri("/notifications").with(signIn.as("staff"))).hasStatusOk();
        assertThat(mvc.get().uri("/notifications/unread").with(signIn.as("staff")))
                .hasStatusOk();
        assertThat(mvc.get()
                        .uri("/api/v1/notifications/unread-count")
                        .header("Authorization", signIn.bearer("staff", false)))
                .hasStatusOk()
                .bodyText()
                .contains("\"unread\":");
        assertThat(mvc.get().uri("/").with(signIn.as("staff")))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"unread-badge\"", "hx-get=\"/notifications/unread\"");
        assertThat(mvc.get().uri("/delegations?q=森").with(signIn.as("iso"))).hasStatusOk();
        assertThat(mvc.get().uri("/request-types").with(signIn.as("ciso")))
                .hasStatusOk()
                .bodyText()
                .contains("EXEMPTION", "PERSONAL_DEVICE", "WIRELESS_LAN");
        assertThat(mvc.get().uri("/request-types").with(signIn.as("staff"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/requests/register").with(signIn.as("staff"))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/exemptions/ledger").with(signIn.as("auditor")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/exemptions/ledger").with(signIn.as("staff"))).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aForgedFormPostCannotApproveOnesOwnRequest() {
        var w = fixture.world();
        var officer = fixture.person(w, "ISO");
        ApprovalRequest r = fixture.as(officer, () -> requests.create(exemption(today(), today().plusDays(5)), true));

        MvcTestResult forged = mvc.post()
                .uri("/requests/{id}/decide", r.id())
                .with(signIn.as(officer.username()))
                .with(csrf())
                .param("outcome", "APPROVED")
                .param("version", Long.toString(r.version()))
                .exchange();

        assertThat(forged).hasStatusOk().bodyText().contains("自分の申請を承認・決定することはできません");
        assertThat(fixture.as(officer, () -> requests.get(r.id())).state()).isEqualTo(RequestState.SUBMITTED);
    }

    @Test
    void theApiRefusesSelfApprovalAndAStaleDecision() {
        var w = fixture.world();
        var officer = fixture.person(w, "ISO");
        ApprovalRequest r = fixture.as(officer, () -> requests.create(exemption(today(), today().plusDays(5)), true));

        MvcTestResult own = mvc.post()
                .uri("/api/v1/requests/{id}/decisions", r.id())
                .header(HttpHeaders.AUTHORIZATION, signIn.bearer(officer.username(), true))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"APPROVED\",\"version\":" + r.version() + "}")
                .exchange();
        assertThat(own).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(own)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:toitsu:problem:workflow.decision.ownRequest");

        MvcTestResult first = mvc.post()
                .uri("/api/v1/requests/{id}/decisions", r.id())
                .header(HttpHeaders.AUTHORIZATION, signIn.bearer(w.iso1().username(), true))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"APPROVED\",\"version\":" + r.version() + "}")
                .exchange();
        assertThat(first).hasStatus(HttpStatus.CREATED);
        MvcTestResult second = mvc.post()
                .uri("/api/v1/requests/{id}/decisions", r.id())
                .header(HttpHeaders.AUTHORIZATION, signIn.bearer(w.iso2().username(), true))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"REJECTED\",\"reason\":\"x\",\"version\":" + r.version() + "}")
                .exchange();
        assertThat(second).hasStatus(HttpStatus.CONFLICT);
        assertThat(second)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:toitsu:problem:workflow.request.decidedMeanwhile");
    }

    @Test
    void anExemptionThroughTheApiReachesTheLedgerAndItsExports() {
        var w = fixture.world();
        MvcTestResult applied = mvc.post()
                .uri("/api/v1/exemptions")
                .header(HttpHeaders.AUTHORIZATION, signIn.bearer(w.applicant().username(), true))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"clause":{"regulation":"情報セキュリティ対策基準","clause":"6.2(3)","requirementId":"nisc-legacy:1.2.1.3(2)(c)"},
                         "periodFrom":"%s","periodTo":"%s","measures":"多要素認証に代えてIP制限を行う",
                         "endReportMethod":"文書で報告","reason":"既存機器の制約"}""".formatted(today(), today().plusDays(60)))
                .exchange();
        assertThat(applied).hasStatus(HttpStatus.CREATED);
        String id = applied.getResponse().getHeader(HttpHeaders.LOCATION).replace("/api/v1/requests/", "");
        ApprovalRequest r = fixture.as(w.applicant(), () -> requests.get(java.util.UUID.fromString(id)));

        assertThat(mvc.post()
                        .uri("/api/v1/requests/{id}/decisions", id)
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                signIn.bearer(w.iso1().username(), true))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"APPROVED\",\"conditions\":\"四半期ごとにログを確認\",\"version\":" + r.version()
                                + "}")
                        .exchange())
                .hasStatus(HttpStatus.CREATED);

        String ciso = signIn.bearer(w.ciso().username(), false);
        assertThat(mvc.get().uri("/api/v1/exemptions").header(HttpHeaders.AUTHORIZATION, ciso))
                .hasStatusOk()
                .bodyText()
                .contains(r.number(), "四半期ごとにログを確認");
        assertThat(mvc.get().uri("/api/v1/exemptions/in-force").header(HttpHeaders.AUTHORIZATION, ciso))
                .hasStatusOk()
                .bodyText()
                .contains(r.number());
        assertThat(mvc.get()
                        .uri("/exemptions/ledger?format=csv")
                        .with(signIn.as(w.ciso().username())))
                .hasStatusOk()
                .bodyText()
                .contains(r.number(), "6.2(3)");
        assertThat(mvc.get()
                        .uri("/exemptions/ledger?format=xlsx")
                        .with(signIn.as(w.ciso().username())))
                .hasStatusOk()
                .hasContentType(Spreadsheets.XLSX);
        assertThat(mvc.get()
                        .uri("/requests/register?format=csv")
                        .with(signIn.as(w.ciso().username())))
                .hasStatusOk()
                .bodyText()
                .contains(r.number());
        assertThat(mvc.get().uri("/exemptions/{id}", id).with(signIn.as(w.ciso().username())))
                .hasStatusOk()
                .bodyText()
                .contains("（ア）決定を審査した者の情報", "多要素認証に代えてIP制限を行う");
        assertThat(mvc.get()
                        .uri("/requests/{id}", id)
                        .with(signIn.as(w.applicant().username())))
                .hasStatusOk()
                .bodyText()
                .contains("条件付き許可", "四半期ごとにログを確認");
    }
}
