package dev.toitsu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The administrator's first journey: sign in with TOTP, create a unit, assign a role in it, find both in the trail. */
class OrganizationBrowserTest extends BrowserTestSupport {

    private static final String DEMO_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void createsAUnitAssignsARoleAndSeesItInTheAuditTrail() throws Exception {
        signIn("admin", "toitsu-demo-2026", DEMO_SECRET);
        assertThat(pageText()).contains("ようこそ");

        open("/units");
        String code = "BR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        new Select(field("parentId")).selectByVisibleText("政策局");
        new Select(field("kind")).selectByValue("DIVISION");
        type("code", code);
        type("name", "広報課");
        submit("form[action='/units']");
        wait.until(ExpectedConditions.urlMatches(".*/units/[0-9a-f-]{36}$"));
        assertThat(pageText()).contains("広報課");

        new Select(field("roleId")).selectByVisibleText("課室情報セキュリティ責任者");
        type("person", "M0020"); // 森 さくら, employee number
        browser.findElement(By.cssSelector("form[action$='/assignments'] button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "森 さくら"));
        screenshot("unit-with-role");

        open("/audit-trail?action=organization");
        assertThat(pageText()).contains("organization.unit.created").contains("広報課");
        assertThat(pageText()).contains("organization.assignment.started");
        screenshot("audit-trail");
    }
}
