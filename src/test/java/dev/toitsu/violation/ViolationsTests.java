package dev.toitsu.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import dev.toitsu.support.DemoSignIn;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** 001 1.2.1.3(1): report → the 情報セキュリティ責任者 records measures → the CISO acknowledges. */
@IntegrationTest
class ViolationsTests {

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignedIn signedIn;

    @Autowired
    Violations violations;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DemoSignIn signIn;

    @Test
    void aReportedViolationIsHandledAndReportedToTheCiso() {
        var org = organizations.organization("違反試験省");
        var staff = organizations.person(org, "STAFF", Permission.DIRECTORY_READ);
        var officer = organizations.person(org, "ISO", Permission.DIRECTORY_READ, Permission.VIOLATION_HANDLE);
        var ciso = organizations.person(org, "CISO", Permission.DIRECTORY_READ, Permission.CISO_REPORT_RECEIVE);

        Violation v = signedIn.as(
                staff.accountId(),
                () -> violations.report(new ViolationDraft(
                        LocalDate.now().minusDays(1), "情報セキュリティ対策基準", "5.1(1)①", "私物のUSBメモリに業務情報を保存していた")));
        assertThat(v.state()).isEqualTo(Violation.State.REPORTED);
        assertThatThrownBy(
                        () -> signedIn.as(staff.accountId(), () -> violations.recordMeasures(v.id(), v.version(), "x")))
                .isInstanceOf(AccessDeniedException.class);

        Violation handled = signedIn.as(
                officer.accountId(), () -> violations.recordMeasures(v.id(), v.version(), "情報を消去させ、教育を再受講させた"));
        assertThat(handled.state()).isEqualTo(Violation.State.MEASURES_RECORDED);
        assertThat(signedIn.as(ciso.accountId(), () -> violations.handled()))
                .extracting(Violation::id)
                .contains(v.id());
        Violation acknowledged = signedIn.as(ciso.accountId(), () -> violations.acknowledge(v.id(), handled.version()));
        assertThat(acknowledged.state()).isEqualTo(Violation.State.ACKNOWLEDGED);

        var stranger = organizations.person(org, "STAFF");
        assertThatThrownBy(() -> signedIn.as(stranger.accountId(), () -> violations.get(v.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePageTakesAReport() {
        assertThat(mvc.get().uri("/violations").with(signIn.as("staff")))
                .hasStatusOk()
                .bodyText()
                .contains("違反の報告");
        assertThat(mvc.post()
                        .uri("/violations")
                        .with(signIn.as("staff"))
                        .with(csrf())
                        .param("occurredOn", LocalDate.now().minusDays(1).toString())
                        .param("regulation", "情報セキュリティ対策基準")
                        .param("description", "パスワードを付箋に書いて貼っていた"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .startsWith("/violations/");
    }
}
