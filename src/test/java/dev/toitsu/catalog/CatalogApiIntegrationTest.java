package dev.toitsu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.catalog.domain.ShippedCatalogs;
import dev.toitsu.identity.ApiTokens;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class CatalogApiIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ApiTokens tokens;

    String readToken;
    String adminToken;

    @BeforeEach
    void tokens() {
        TestPerson reader = CatalogTestSupport.reader(organizations);
        TestPerson admin = CatalogTestSupport.administrator(organizations);
        readToken = signedIn.as(
                        reader.accountId(),
                        () -> tokens.issue("r", false, LocalDate.now().plusDays(30)))
                .token();
        adminToken = signedIn.as(
                        admin.accountId(),
                        () -> tokens.issue("w", true, LocalDate.now().plusDays(30)))
                .token();
    }

    private String bearer(String token) {
        return "Bearer " + token;
    }

    @Test
    void listsEditionsAndReadsNodes() {
        assertThat(mvc.get().uri("/api/v1/catalog/editions").header("Authorization", bearer(readToken)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$[*].code")
                .asArray()
                .contains(ShippedCatalogs.LEGACY, ShippedCatalogs.R5);
        assertThat(mvc.get()
                        .uri("/api/v1/catalog/editions/{c}/node", ShippedCatalogs.LEGACY)
                        .param("id", "1.2.1.3(2)(f)")
                        .header("Authorization", bearer(readToken)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.node.kind")
                .isEqualTo("REQUIREMENT");
        assertThat(mvc.get()
                        .uri("/api/v1/catalog/search")
                        .param("q", "例外措置 台帳")
                        .header("Authorization", bearer(readToken)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.hits[*].nodeId")
                .asArray()
                .contains("1.2.1.3(2)(f)");
        assertThat(mvc.get()
                        .uri("/api/v1/catalog/compare")
                        .param("from", ShippedCatalogs.R3)
                        .param("to", ShippedCatalogs.R5)
                        .header("Authorization", bearer(readToken)))
                .hasStatusOk();
        assertThat(mvc.get()
                        .uri("/api/v1/catalog/editions/{c}/oscal", ShippedCatalogs.R5)
                        .header("Authorization", bearer(readToken)))
                .hasStatusOk()
                .hasContentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void unknownIdsAre404Problems() {
        assertThat(mvc.get().uri("/api/v1/catalog/editions/no-such").header("Authorization", bearer(readToken)))
                .hasStatus(404)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("urn:toitsu:problem:catalog.edition.notFound");
        assertThat(mvc.get()
                        .uri("/api/v1/catalog/editions/{c}/node", ShippedCatalogs.LEGACY)
                        .param("id", "9.9")
                        .header("Authorization", bearer(readToken)))
                .hasStatus(404);
    }

    @Test
    void importAnswers201AndBinaryJunk400InJapanese() {
        String code = CatalogTestSupport.code("api");
        MockMultipartFile text = new MockMultipartFile(
                "file",
                "api.txt",
                "text/plain",
                CatalogTestSupport.unifiedText("記録を保存すること。").getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post()
                        .uri("/api/v1/catalog/editions")
                        .multipart()
                        .file(text)
                        .param("code", code)
                        .param("title", "API取込み")
                        .param("attribution", "試験")
                        .header("Authorization", bearer(adminToken)))
                .hasStatus(201)
                .hasHeader("Location", "/api/v1/catalog/editions/" + code);

        MockMultipartFile junk = new MockMultipartFile(
                "file", "junk.txt", "application/octet-stream", new byte[] {0, (byte) 0xff, 3, 0, (byte) 0x80});
        assertThat(mvc.post()
                        .uri("/api/v1/catalog/editions")
                        .multipart()
                        .file(junk)
                        .param("code", CatalogTestSupport.code("junk"))
                        .param("title", "ごみ")
                        .param("attribution", "試験")
                        .header("Authorization", bearer(adminToken)))
                .hasStatus(400)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("テキストとして読み取れません");

        assertThat(mvc.post()
                        .uri("/api/v1/catalog/editions")
                        .multipart()
                        .file(text)
                        .param("code", code)
                        .param("title", "二度目")
                        .param("attribution", "試験")
                        .header("Authorization", bearer(adminToken)))
                .hasStatus(409);
    }

    @Test
    void importNeedsTheCatalogPermission() {
        TestPerson writer = organizations.person(
                organizations.organization("書込み省"), "STAFF", dev.toitsu.shared.Permission.DIRECTORY_READ);
        String token = signedIn.as(
                        writer.accountId(),
                        () -> tokens.issue("w", true, LocalDate.now().plusDays(30)))
                .token();
        MockMultipartFile text = new MockMultipartFile(
                "file",
                "a.txt",
                "text/plain",
                CatalogTestSupport.unifiedText("記録を保存すること。").getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post()
                        .uri("/api/v1/catalog/editions")
                        .multipart()
                        .file(text)
                        .param("code", CatalogTestSupport.code("denied"))
                        .param("title", "権限なし")
                        .param("attribution", "試験")
                        .header("Authorization", bearer(token)))
                .hasStatus(403);
    }
}
