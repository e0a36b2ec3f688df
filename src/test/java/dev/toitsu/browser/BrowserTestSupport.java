package dev.toitsu.browser;

import dev.toitsu.identity.domain.SecondFactor;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Drives Debian's headless Chromium through the journeys a person takes. Runs only in the {@code browser} Maven
 * profile (failsafe), after {@code .ci/run} has installed chromium and chromium-driver. The driver binary is given
 * explicitly so that Selenium Manager never tries to download anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    SecondFactor secondFactor;

    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--window-size=1280,900",
                "--force-prefers-reduced-motion",
                "--lang=ja",
                "--user-data-dir=" + Files.createTempDirectory("toitsu-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    WebElement field(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void type(String id, String text) {
        WebElement element = field(id);
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Clicks the form's submit button, scrolled to the middle of the window so that nothing covers it. Bootstrap turns
     * on smooth scrolling, so the scroll is made instant, and a click that still lands on something else (an animation
     * not yet finished) is retried until the wait runs out.
     */
    void submit(String formSelector) {
        WebElement button = browser.findElement(By.cssSelector(formSelector + " button[type=submit]"));
        wait.ignoring(ElementClickInterceptedException.class).until(driver -> {
            ((JavascriptExecutor) driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", button);
            button.click();
            return true;
        });
    }

    String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Password, then the TOTP step: enrols when the page asks for it, otherwise enters a code from the secret. */
    String signIn(String username, String password, String knownSecret) {
        open("/login");
        type("username", username);
        type("password", password);
        submit("form[action='/login']");
        wait.until(ExpectedConditions.urlContains("/mfa"));
        String secret = knownSecret;
        if (secret == null) {
            secret = field("totp-secret").getText().trim();
        }
        type("code", secondFactor.currentCode(secret));
        submit("form[action='/mfa']");
        try {
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/mfa")));
        } catch (org.openqa.selenium.TimeoutException codeAlreadyUsed) {
            // a code is accepted once: another test signed in as the same account in this 30-second step
            sleepUntilNextTotpStep();
            type("code", secondFactor.currentCode(secret));
            submit("form[action='/mfa']");
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/mfa")));
        }
        return secret;
    }

    private static void sleepUntilNextTotpStep() {
        long millis = 30_000 - System.currentTimeMillis() % 30_000 + 500;
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), target.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
