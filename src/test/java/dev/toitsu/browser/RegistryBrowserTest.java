package dev.toitsu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The 統括情報セキュリティ責任者 registers an information system, decides its 重要度 and sees which requirements of
 * the 令和5年度版 apply: 追加セキュリティ対策 turn from 「必要に応じて」 to 「必須」 once the system is 高 (表5.1.1-2).
 */
class RegistryBrowserTest extends BrowserTestSupport {

    @Test
    void registersASystemAndSeesItsApplicableRequirements() throws Exception {
        signIn("general-iso", "toitsu-demo-2026", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

        open("/registry/systems");
        browser.findElement(By.linkText("情報システムを登録")).click();
        type("name", "ブラウザ試験 電子申請システム");
        new Select(field("ownerUnitId")).selectByVisibleText("　情報システム課");
        new Select(field("hosting")).selectByValue("CLOUD_SERVICE");
        type("cloudService", "ガバメントクラウド");
        field("internetFacing").click();
        new Select(field("lifecyclePhase")).selectByValue("OPERATION");
        submit("#system-form");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("importance-form")));
        assertThat(pageText()).contains("ブラウザ試験 電子申請システム", "保存しました", "重要度はまだ決定されていません");
        screenshot("registry-system");

        browser.findElement(By.id("applicability-link")).click();
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("requirements")));
        assertThat(table.getText()).contains("6.4.3(1)-1 a)", "6.4.3(1)-1 e)", "必要に応じて", "必須");
        assertThat(rowOf("6.4.3(1)-1 e)").getText()).contains("必要に応じて");

        browser.navigate().back();
        new Select(field("importance")).selectByValue("HIGH");
        submit("#importance-form");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "保存しました"));
        browser.findElement(By.id("applicability-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("requirements")));
        assertThat(rowOf("6.4.3(1)-1 e)").getText()).contains("必須").doesNotContain("必要に応じて");
        screenshot("registry-applicability");
    }

    private WebElement rowOf(String nodeId) {
        return browser.findElements(By.cssSelector("#requirements tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().equals(nodeId))
                .findFirst()
                .orElseThrow();
    }
}
