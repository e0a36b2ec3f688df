package dev.toitsu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The 統括情報セキュリティ責任者 reviews the 対策基準 against the catalog: the 対応表 (with its PDF), one clause's
 * suggestions with the shared words marked, and the revision impact of the 令和5年度版 as a worklist, where an item
 * is closed as 対象外 with its reason; then a clause of the draft is edited in place.
 */
class StandardBrowserTest extends BrowserTestSupport {

    @Test
    void reviewsCoverageMatchedWordsAndClosesAnImpactItem() throws Exception {
        signIn("general-iso", "toitsu-demo-2026", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");

        open("/standards");
        browser.findElement(By.partialLinkText("自然科学研究機構")).click();
        wait.until(ExpectedConditions.urlContains("/standards/versions/"));
        browser.findElement(By.cssSelector("a[href*='/coverage?edition=nisc-legacy']"))
                .click();
        WebElement totals = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("coverage-totals")));
        assertThat(totals.getText()).contains("充足 84、一部充足 58、未充足 307");
        assertThat(browser.findElement(By.linkText("PDF で出力")).getAttribute("href"))
                .contains("coverage.pdf");
        screenshot("standard-coverage");

        browser.findElement(By.cssSelector("td a[href*='/clause?']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("clause-text")));
        assertThat(browser.findElements(By.cssSelector("#clause-text mark"))).isNotEmpty();
        assertThat(pageText()).contains("共通する語");
        screenshot("standard-clause-matched-words");

        String version = browser.getCurrentUrl().replaceAll(".*/versions/([^/]+)/.*", "$1");
        open("/standards/versions/" + version + "/impact?from=nisc-r3&to=nisc-r5");
        WebElement row =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#impact-items tbody tr")));
        String rowId = row.getAttribute("id");
        row.findElement(By.tagName("summary")).click();
        String item = rowId.substring("item-".length());
        new Select(field("status-" + item)).selectByValue("NOT_APPLICABLE");
        type("reason-" + item, "当省には該当する業務がない");
        submit("#" + rowId + " form");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "作業項目を保存しました"));
        assertThat(browser.findElement(By.id(rowId)).getText()).contains("対象外", "当省には該当する業務がない");
        screenshot("standard-impact-items");

        // the draft's clauses are edited in place: the text changes, the audit trail keeps both
        open("/standards/versions/" + version);
        browser.findElements(By.cssSelector("a.clause-edit")).get(3).click();
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("text")));
        text.sendKeys("（ブラウザ試験で追記）");
        submit("#clause-form");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "条項を保存しました"));
        assertThat(pageText()).contains("（ブラウザ試験で追記）");
        screenshot("standard-clause-edited");
    }
}
