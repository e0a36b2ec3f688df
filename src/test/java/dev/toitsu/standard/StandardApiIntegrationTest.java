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

    @Autowired
    dev.toitsu.catalog.Catalog catalog;

    @Test
    void exportsTheVersionAsAValidOscalProfileOfTheCatalogEdition() {
        UUID org = organizations.organization("OSCALプロファイル試験省");
        TestPerson admin = organizations.person(org, "GENERAL_ISO", Permission.STANDARD_ADMINISTER);
        TestPerson staff = organizations.person(org, "STAFF", Permission.DIRECTORY_READ);
        UUID other = organizations.organization("OSCAL他省");
        TestPerson outsider = organizations.person(other, "STAFF", Permission.DIRECTORY_READ);
        String text = """
                第1章 組織と体制
                1.1 体制
                (1) 機構に、最高情報セキュリティ責任者を1人置くこと。
                (2) 最高情報セキュリティ責任者は、情報セキュリティ委員会を置くこと。
                """;
        UUID id = signedIn.as(
                admin.accountId(),
                () -> standards
                        .importVersion(new StandardImport(
                                "oscal-standard", "OSCAL の対策基準", "試験", "k.txt", text.getBytes(StandardCharsets.UTF_8)))
                        .id());
        String read = token(staff, false);
        String uri = "/api/v1/standards/versions/{id}/oscal-profile";

        // no suggestions against the edition yet: a localized problem, not a 500
        assertThat(mvc.get().uri(uri, id).param("edition", "nisc-legacy").header("Authorization", read))
                .hasStatus(422)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:toitsu:problem:standard.coverage.notSuggested");

        signedIn.as(admin.accountId(), () -> standards.suggest(id, "nisc-legacy"));
        String covered =
                signedIn.as(staff.accountId(), () -> standards.coverage(id, "nisc-legacy")).requirements().stream()
                        .filter(l -> l.coverage() != Coverage.UNCOVERED)
                        .map(CoverageReport.Line::requirementId)
                        .findFirst()
                        .orElseThrow();
        String controlId = catalog.oscalControlIds("nisc-legacy").get(covered);
        assertThat(controlId).startsWith("n-");
        // the id the catalog's OSCAL export gives the node: "n-" and the node id with other characters as "_"
        assertThat(controlId).isEqualTo("n-" + covered.replaceAll("[^\\p{L}\\p{Nd}._-]", "_"));

        var response = mvc.get()
                .uri(uri, id)
                .param("edition", "nisc-legacy")
                .header("Authorization", read)
                .exchange();
        assertThat(response)
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.profile.imports[0].include-controls[0].with-ids")
                .asArray()
                .contains(controlId);
        assertThat(response)
                .bodyJson()
                .extractingPath("$.profile.modify.alters[0].adds[0].parts[0].title")
                .asString()
                .startsWith("1.1(");
        String json = new String(response.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(catalog.validateOscalProfile(json)).isEmpty();
        assertThat(catalog.validateOscalProfile("{\"profile\": {\"uuid\": \"x\"}}"))
                .isNotEmpty();

        // another organization's version does not exist for its members
        assertThat(mvc.get()
                        .uri(uri, id)
                        .param("edition", "nisc-legacy")
                        .header("Authorization", token(outsider, false)))
                .hasStatus(404);
    }
}
