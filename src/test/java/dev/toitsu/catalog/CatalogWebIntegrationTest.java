package dev.toitsu.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.toitsu.catalog.domain.ShippedCatalogs;
import dev.toitsu.identity.security.SignInFlow;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class CatalogWebIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignInFlow flow;

    @Autowired
    Catalog catalog;

    Authentication reader;
    Authentication admin;

    @BeforeEach
    void people() {
        TestPerson r = CatalogTestSupport.reader(organizations);
        TestPerson a = CatalogTestSupport.administrator(organizations);
        reader = flow.fullyAuthenticated(r.accountId());
        admin = flow.fullyAuthenticated(a.accountId());
    }

    @Test
    void everySignedInPersonSeesTheCatalogInJapanese() {
        assertThat(mvc.get().uri("/catalog").with(authentication(reader)))
                .hasStatusOk()
                .bodyText()
                .contains("基準カタログ", ShippedCatalogs.LEGACY, "目次のみ", "href=\"/catalog\"");
    }

    @Test
    void theEditionPageShowsTheTreeWithIdsKindsTiersAndRoles() {
        assertThat(mvc.get()
                        .uri("/catalog/editions/{c}", ShippedCatalogs.LEGACY)
                        .with(authentication(reader)))
                .hasStatusOk()
                .bodyText()
                .contains("1.2.1.3(2)(f)", "遵守事項", "最高情報セキュリティ責任者", "<details", "出典");
        assertThat(mvc.get().uri("/catalog/editions/{c}", ShippedCatalogs.R5).with(authentication(reader)))
                .hasStatusOk()
                .bodyText()
                .contains("基本対策事項", ">追加<", ">基本<", "本文なし", "新設");
    }

    @Test
    void theNodePageHasBreadcrumbsAndCrosswalkLinks() {
        assertThat(mvc.get()
                        .uri("/catalog/editions/{c}/node", ShippedCatalogs.R3)
                        .param("id", "5.1.1(1)")
                        .with(authentication(reader)))
                .hasStatusOk()
                .bodyText()
                .contains("breadcrumb", "情報システム台帳の整備", "移設", "2.1.2(1)", "000 L1022");
        assertThat(mvc.get()
                        .uri("/catalog/editions/{c}/node", ShippedCatalogs.LEGACY)
                        .param("id", "no-such-node")
                        .with(authentication(reader)))
                .hasStatus(404)
                .bodyText()
                .contains("見つかりません");
    }

    @Test
    void searchHighlightsTheHitAndShowsThePath() {
        assertThat(mvc.get().uri("/catalog/search").param("q", "例外措置 台帳").with(authentication(reader)))
                .hasStatusOk()
                .bodyText()
                .contains("<mark>台帳</mark>", "1.2.1.3(2)(f)", "1.2.1.3 違反と例外措置");
    }

    @Test
    void compareShowsChangesAndExports() {
        assertThat(mvc.get()
                        .uri("/catalog/compare")
                        .param("from", ShippedCatalogs.R3)
                        .param("to", ShippedCatalogs.R5)
                        .with(authentication(reader)))
                .hasStatusOk()
                .bodyText()
                .contains("移設", "追加", "対応表");
        assertThat(mvc.get()
                        .uri("/catalog/compare.csv")
                        .param("from", ShippedCatalogs.R3)
                        .param("to", ShippedCatalogs.R5)
                        .with(authentication(reader)))
                .hasStatusOk()
                .bodyText()
                .contains("5.1.1(1),情報システム台帳の整備,2.1.2(1)");
        assertThat(mvc.get()
                        .uri("/catalog/compare.xlsx")
                        .param("from", ShippedCatalogs.R3)
                        .param("to", ShippedCatalogs.R5)
                        .with(authentication(reader)))
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void theOscalDownloadIsJson() {
        assertThat(mvc.get()
                        .uri("/catalog/editions/{c}/oscal", ShippedCatalogs.R5)
                        .with(authentication(reader)))
                .hasStatusOk()
                .satisfies(result -> assertThat(result.getResponse().getHeader("Content-Disposition"))
                        .startsWith("attachment; filename=\"nisc-r5-oscal-catalog.json\""))
                .bodyText()
                .contains("\"catalog\"");
    }

    @Test
    void importIsForCatalogAdministratorsOnly() {
        assertThat(mvc.get().uri("/catalog/import").with(authentication(reader)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/catalog/import").with(authentication(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("版の取込み", "出典");
    }

    @Test
    void previewThenImport() {
        String code = CatalogTestSupport.code("web");
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "web.txt",
                "text/plain",
                CatalogTestSupport.unifiedText("情報を適切に管理すること。").getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post()
                        .uri("/catalog/import")
                        .multipart()
                        .file(file)
                        .param("code", code)
                        .param("title", "画面からの取込み")
                        .param("framework", "nisc-unified")
                        .param("attribution", "試験")
                        .param("action", "preview")
                        .with(csrf())
                        .with(authentication(admin)))
                .hasStatusOk()
                .bodyText()
                .contains("取込み内容の確認", "すべての行を配置できました", "1.1.1.1(1)(a)");
        assertThat(catalog.findEdition(code)).isEmpty();
        String content = java.util.Base64.getEncoder()
                .encodeToString(CatalogTestSupport.unifiedText("情報を適切に管理すること。").getBytes(StandardCharsets.UTF_8));
        assertThat(mvc.post()
                        .uri("/catalog/import")
                        .param("code", code)
                        .param("title", "画面からの取込み")
                        .param("framework", "nisc-unified")
                        .param("attribution", "試験")
                        .param("content", content)
                        .param("fileName", "web.txt")
                        .param("action", "commit")
                        .with(csrf())
                        .with(authentication(admin)))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/catalog/editions/" + code);
        assertThat(catalog.edition(code).importedBy()).isNotBlank();
    }

    @Test
    void aFileInAnotherEncodingIsRefusedInJapaneseAndNothingIsStored() {
        String code = CatalogTestSupport.code("sjis");
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "sjis.txt",
                "text/plain",
                CatalogTestSupport.unifiedText("情報を適切に管理すること。")
                        .getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
        assertThat(mvc.post()
                        .uri("/catalog/import")
                        .multipart()
                        .file(file)
                        .param("code", code)
                        .param("title", "文字コード違い")
                        .param("framework", "nisc-unified")
                        .param("attribution", "試験")
                        .param("action", "commit")
                        .with(csrf())
                        .with(authentication(admin)))
                .hasStatus(400)
                .bodyText()
                .contains("テキストとして読み取れません", "UTF-8");
        assertThat(catalog.findEdition(code)).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedEnglishForJapaneseUsers() {
        assertThat(mvc.get().uri("/catalog/compare").with(authentication(reader)))
                .hasStatusOk()
                .bodyText()
                .contains("比較元（旧）")
                .doesNotContain("From (older)");
        assertThat(mvc.get().uri("/catalog/compare").param("lang", "en").with(authentication(reader)))
                .hasStatusOk()
                .bodyText()
                .contains("From (older)");
    }
}
