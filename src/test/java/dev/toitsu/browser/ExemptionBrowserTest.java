package dev.toitsu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 例外措置 end to end with the demo accounts: a staff member applies, the 許可権限者 (the 情報セキュリティ責任者 of the
 * staff member's bureau) approves with conditions, the ledger shows it and the CISO sees the report.
 */
class ExemptionBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "toitsu-demo-2026";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    /** The demo ministry's 文書管理システム, kept by the demo system-owner. */
    private static final String DOCUMENT_SYSTEM = "00000000-0000-4000-8000-00000000d0c5";

    @Test
    void staffAppliesTheApproverGrantsWithConditionsTheLedgerAndTheCisoSeeIt() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

        signIn("staff", PASSWORD, SECRET);
        open("/requests/new?type=EXEMPTION");
        type("title", "外部機関とのUSBメモリによるデータ授受");
        type("f-regulation", "情報安全省情報セキュリティ対策基準");
        type("f-clause", "5.1(1)③");
        type("f-requirementId", "nisc-r5:6.4.3(1)-1 a)");
        type("f-systemIds", DOCUMENT_SYSTEM);
        type("f-measures", "暗号化機能付きUSBメモリを使用し、授受後は直ちに消去する");
        type("f-endReportMethod", "終了時に電子メールで許可権限者へ報告する");
        type("f-reason", "先方のシステムがファイル共有サービスに対応していないため");
        date("periodFrom", today);
        date("periodTo", today.plusDays(30));
        click(By.cssSelector("#request-form button[name=action][value=submit]"));
        wait.until(ExpectedConditions.urlMatches(".*/requests/[0-9a-f-]{36}$"));
        String requestUrl = browser.getCurrentUrl();
        String number = browser.findElement(By.cssSelector("h1 .mono")).getText();
        assertThat(number).startsWith("EXEMPTION-");
        assertThat(pageText()).contains("審査中", "許可権限者（情報セキュリティ責任者）");
        screenshot("exemption-applied");
        submit("form[action='/logout']");
        wait.until(ExpectedConditions.urlContains("/login"));

        signIn("iso", PASSWORD, SECRET);
        open("/requests/inbox");
        // the request to decide is an unread notification: the navigation shows the count
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#unread-badge .badge")))
                        .getText())
                .matches("[1-9][0-9]*\\+?");
        assertThat(pageText()).contains(number);
        click(By.linkText(number));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decision-form")));
        click(By.id("outcome-APPROVED_WITH_CONDITIONS"));
        type("conditions", "授受の記録を毎週、課室情報セキュリティ責任者に提出すること");
        click(By.cssSelector("#decision-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "決定を記録しました"));
        assertThat(pageText()).contains("条件付き許可", "授受の記録を毎週");
        screenshot("exemption-approved");
        submit("form[action='/logout']");
        wait.until(ExpectedConditions.urlContains("/login"));

        signIn("ciso", PASSWORD, SECRET);
        open("/exemptions/ledger");
        assertThat(pageText()).contains(number, "適用中", "5.1(1)③", "授受の記録を毎週");
        screenshot("exemption-ledger");
        open("/exemptions/reports");
        assertThat(pageText()).contains(number, "伊藤 誠");
        click(By.cssSelector("#reports form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "報告を確認しました"));
        screenshot("exemption-ciso-report");
        open(requestUrl.replaceFirst("^https?://[^/]+", ""));
        assertThat(pageText()).contains("条件付き許可");
        submit("form[action='/logout']");
        wait.until(ExpectedConditions.urlContains("/login"));

        // the system owner sees the exemption on the system's statement of applicability
        signIn("system-owner", PASSWORD, SECRET);
        open("/registry/systems/" + DOCUMENT_SYSTEM + "/applicability");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("exemptions")))
                        .getText())
                .contains(number, "授受後は直ちに消去する");
        screenshot("exemption-on-applicability");
    }

    private void click(By by) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                        wait.until(ExpectedConditions.presenceOfElementLocated(by)));
    }

    private void date(String id, LocalDate value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field(id), value.toString());
    }
}
