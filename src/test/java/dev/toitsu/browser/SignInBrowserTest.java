package dev.toitsu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.shared.Permission;
import dev.toitsu.support.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

class SignInBrowserTest extends BrowserTestSupport {

    @Autowired
    TestOrganizations organizations;

    @Test
    void enrolsTheSecondFactorAndSignsInAgainWithACode() throws Exception {
        var person = organizations.person(organizations.organization("ブラウザ試験省"), "STAFF", Permission.DIRECTORY_READ);

        String secret = signIn(person.username(), TestOrganizations.PASSWORD, null);
        assertThat(pageText()).contains("ようこそ").contains("ブラウザ試験省");
        screenshot("home-after-enrolment");

        submit("form[action='/logout']");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(pageText()).contains("ログアウトしました");

        Thread.sleep(secondsUntilNextTimeStep() * 1000L); // a code is accepted once: wait for the next one
        signIn(person.username(), TestOrganizations.PASSWORD, secret);
        assertThat(pageText()).contains("ようこそ");
    }

    @Test
    void aWrongPasswordIsExplainedInJapanese() {
        open("/login");
        type("username", "nobody");
        type("password", "wrong-password");
        submit("form[action='/login']");
        wait.until(ExpectedConditions.urlContains("error"));
        assertThat(pageText()).contains("ユーザーIDまたはパスワードが正しくありません");
    }

    private static long secondsUntilNextTimeStep() {
        return 30 - (System.currentTimeMillis() / 1000) % 30 + 1;
    }
}
