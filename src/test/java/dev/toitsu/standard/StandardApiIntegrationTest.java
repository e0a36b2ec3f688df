package dev.toitsu.standard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.identity.ApiTokens;
import dev.toitsu.shared.Permission;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class StandardApiIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Standards standards;

    private String token(TestPerson person, boolean write) {
        return "Bearer "
                + signedIn.as(
                                person.accountId(),
                                () -> tokens.issue("t", write, LocalDate.now().plusDays(2)))
                        .token();
    }

    @Test
    void importsSuggestsDecidesAndAnswersAStaleDecisionWith409() {
        UUID org = organizations.organization("対策基準API試験省");
        TestPerson admin = organizations.person(org, "GENERAL_ISO", Permission.STANDARD_ADMINISTER);
        TestPerson staff = organizations.person(org, "STAFF", Permission.DIRECTORY_READ);
        String write = token(admin, true);
        String read = token(staff, false);
        String text = """
                第1章 組織と体制
                1.1 体制
                (1) 機構に、最高情報セキュリティ責任者を1人置くこと。
                (2) 最高情報セキュリティ責任者は、情報セキュリティ委員会を置くこと。
                """;
        var imported = mvc.post()
                .uri("/api/v1/standards/versions")
                .multipart()
                .file(new MockMultipartFile("file", "k.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)))
                .param("code", "api-standard")
                .param("title", "API の対策基準")
                .param("attribution", "試験")
                .header("Authorization", write)
                .exchange();
        assertThat(imported).hasStatus(201);
        String id = imported.getResponse().getHeader("Location").replaceAll(".*/", "");
        assertThat(mvc.get().uri("/api/v1/standards/versions/{id}/clauses", id).header("Authorization", read))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].locator")
                .asArray()
                .contains("1.1(1)", "1.1(2)");
        assertThat(mvc.post()
                        .uri("/api/v1/standards/versions/{id}/suggestions", id)
                        .param("edition", "nisc-legacy")
                        .header("Authorization", read))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/api/v1/standards/versions/{id}/suggestions", id)
                        .param("edition", "nisc-legacy")
                        .header("Authorization", write))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.clauses")
                .isEqualTo(2);
        ClauseMapping mapping =
                signedIn.as(staff.accountId(), () -> standards.worklist(UUID.fromString(id), "nisc-legacy")).stream()
                        .flatMap(r -> r.mappings().stream())
                        .findFirst()
                        .orElseThrow();
        String confirm = "/api/v1/standards/versions/" + id + "/mappings/" + mapping.id() + "/confirm";
        String body = "{\"version\": " + mapping.version() + ", \"note\": \"確認\"}";
        assertThat(mvc.post()
                        .uri(confirm)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .header("Authorization", write))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("CONFIRMED");
        assertThat(mvc.post()
                        .uri(confirm)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .header("Authorization", write))
                .hasStatus(409)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:toitsu:problem:error.conflict");
        assertThat(mvc.get()
                        .uri("/api/v1/standards/versions/{id}/coverage", id)
                        .param("edition", "nisc-legacy")
                        .header("Authorization", read))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.requirements[0].coverage")
                .isEqualTo("UNCOVERED");
    }
}
