package dev.toitsu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.shared.Permission;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ApiTokenIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ApiTokens tokens;

    TestPerson person;

    @BeforeEach
    void person() {
        person = organizations.person(organizations.organization("トークン省"), "STAFF", Permission.DIRECTORY_READ);
    }

    private ApiTokens.IssuedToken issue(boolean write) {
        return signedIn.as(
                person.accountId(),
                () -> tokens.issue("test", write, LocalDate.now().plusDays(30)));
    }

    @Test
    void aTokenActsAsItsOwner() {
        String token = issue(false).token();
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + token))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.username")
                .isEqualTo(person.username());
    }

    @Test
    void onlyTheHashOfATokenIsStored() {
        String token = issue(false).token();
        assertThat(token).startsWith("tsu_").hasSizeGreaterThan(40);
        assertThat(signedIn.as(person.accountId(), tokens::mine))
                .singleElement()
                .satisfies(view -> assertThat(token).startsWith(view.prefix()));
    }

    @Test
    void aRevokedTokenIsRefusedWithAProblemDetail() {
        ApiTokens.IssuedToken issued = issue(false);
        signedIn.run(person.accountId(), () -> tokens.revoke(issued.id()));
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .hasStatus(401)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:toitsu:problem:error.token.invalid");
    }

    @Test
    void aReadOnlyTokenCannotChangeAnything() {
        String token = issue(false).token();
        assertThat(mvc.post()
                        .uri("/api/v1/me")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .hasStatus(403)
                .bodyJson()
                .extractingPath("$.code")
                .isEqualTo("error.token.readOnly");
    }

    @Test
    void noTokenMeansUnauthorizedInJapanese() {
        assertThat(mvc.get().uri("/api/v1/me"))
                .hasStatus(401)
                .bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("ログインが必要です。");
    }

    @Test
    void aSessionCookieDoesNotOpenTheApi() {
        assertThat(mvc.get().uri("/api/v1/me").cookie(new jakarta.servlet.http.Cookie("TOITSU_SESSION", "x")))
                .hasStatus(401);
    }

    @Test
    void anotherPersonCannotRevokeMyToken() {
        ApiTokens.IssuedToken issued = issue(false);
        TestPerson other = organizations.person(person.organizationId(), "STAFF");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> signedIn.run(other.accountId(), () -> tokens.revoke(issued.id())))
                .isInstanceOf(dev.toitsu.shared.NotFoundException.class);
    }
}
