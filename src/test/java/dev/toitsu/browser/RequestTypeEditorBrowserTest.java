package dev.toitsu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The CISO defines a request type in the form editor: a field, a route step, saved without writing JSON. */
class RequestTypeEditorBrowserTest extends BrowserTestSupport {

    @Test
    void definesARequestTypeInTheForm() throws Exception {
        signIn("ciso", "toitsu-demo-2026", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

        open("/request-types");
        field("new-type").click();
        type("code", "BROWSER_LOAN");
        type("name", "ブラウザ試験の貸出申請");
        type("fields0.key", "purpose");
        type("fields0.label", "用途");
        new Select(field("fields0.type")).selectByValue("TEXTAREA");
        type("route0.roleCode", "SECTION_ISO");
        screenshot("request-type-editor");
        submit("#type-editor");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "申請の種類を保存しました"));
        assertThat(pageText()).contains("BROWSER_LOAN", "ブラウザ試験の貸出申請");
    }
}
