package dev.toitsu.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.toitsu.identity.security.SignInFlow;
import dev.toitsu.shared.Permission;
import dev.toitsu.support.DemoSignIn;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class StandardPagesIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignInFlow flow;

    @Autowired
    SignedIn signedIn;

    @Autowired
    DemoSignIn demo;

    @Autowired
    Standards standards;

    @Autowired
    JdbcClient jdbc;

    TestPerson admin;
    Authentication adminAuth;
    Authentication bothAuth;
    Authentication staffAuth;

    @BeforeEach
    void people() {
        UUID org = organizations.organization("対策基準画面試験省");
        admin = organizations.person(org, "GENERAL_ISO", Permission.STANDARD_ADMINISTER);
        adminAuth = flow.fullyAuthenticated(admin.accountId());
        bothAuth = flow.fullyAuthenticated(organizations
                .person(org, "BOTH", Permission.STANDARD_ADMINISTER, Permission.STANDARD_APPROVE)
                .accountId());
        staffAuth = flow.fullyAuthenticated(
                organizations.person(org, "STAFF", Permission.DIRECTORY_READ).accountId());
        jdbc.sql("insert into separation_rule (organization_id, kind, first_code, second_code, reason, clause)"
                        + " values (?, 'ACTION_PAIR', 'standard.submit', 'standard.approve',"
                        + " '対策基準の版を審議に付した者は、その版を承認することはできません', '1.2.1.2(1)(a)(ア)')")
                .params(org)
                .update();
    }

    @Test
    void theDemoMinistryHasTheNinsStandardAsADraft() {
        assertThat(mvc.get().uri("/standards").with(demo.as("ciso")))
                .hasStatusOk()
                .bodyText()
                .contains("対策基準", "自然科学研究機構", "起案中", "href=\"/standards\"");
    }

    @Test
    void importsAStandardFromAFileAndShowsItsClauses() {
        String text = "第1章 総則\n1.1 目的\n(1) 本基準は、情報セキュリティ対策の基準を定める。\n";
        MockMultipartFile file =
                new MockMultipartFile("file", "kijun.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
        var result = mvc.post()
                .uri("/standards/import")
                .multipart()
                .file(file)
                .param("code", "page-import")
                .param("title", "画面から取り込んだ対策基準")
                .param("attribution", "試験")
                .with(authentication(adminAuth))
                .with(csrf())
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(mvc.get().uri(location).with(authentication(staffAuth)))
                .hasStatusOk()
                .bodyText()
                .contains("画面から取り込んだ対策基準", "第1版", "起案中", "1.1(1)")
                .doesNotContain("委員会の審議に付す"); // staff sees no actions
        assertThat(mvc.get().uri(location).with(authentication(adminAuth)))
                .bodyText()
                .contains("委員会の審議に付す", "対応付けの候補を算出");
        assertThat(mvc.post()
                        .uri("/standards/import")
                        .multipart()
                        .file(file)
                        .param("code", "page-import")
                        .with(authentication(staffAuth))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/standards/import")
                        .multipart()
                        .file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))
                        .param("code", "page-empty")
                        .param("title", "空")
                        .param("attribution", "試験")
                        .with(authentication(adminAuth))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("取り込むファイルを選択してください");
    }

    @Test
    void thePageRefusesApprovalByThePersonWhoSubmitted() {
        StandardVersion version = signedIn.as(
                admin.accountId(),
                () -> standards.importVersion(new StandardImport(
                        "page-self",
                        "自己承認の試験",
                        "試験",
                        "s.txt",
                        "第1章 総則\n1.1 目的\n(1) 定める。\n".getBytes(StandardCharsets.UTF_8))));
        String page = "/standards/versions/" + version.id();
        assertThat(mvc.post()
                        .uri(page + "/submit")
                        .param("version", "0")
                        .with(authentication(bothAuth))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("notice", "standard.notice.submitted");
        assertThat(mvc.post()
                        .uri(page + "/approve")
                        .param("version", "1")
                        .with(authentication(bothAuth))
                        .with(csrf()))
                .hasStatus3xxRedirection()
                .flash()
                .containsEntry("errorCode", "organization.separation.refused");
        assertThat(mvc.get().uri(page).with(authentication(staffAuth)))
                .bodyText()
                .contains("委員会審議中");
    }

    @Test
    void mapsClausesConfirmsAndReportsAStaleDecisionWithoutLosingTheNote() {
        StandardVersion version =
                signedIn.as(admin.accountId(), () -> standards.importVersion(Standards.shippedExample()));
        String page = "/standards/versions/" + version.id();
        assertThat(mvc.post()
                        .uri(page + "/suggest")
                        .param("edition", "nisc-legacy")
                        .with(authentication(adminAuth))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get()
                        .uri(page + "/mappings")
                        .param("edition", "nisc-legacy")
                        .param("show", "specific")
                        .with(authentication(staffAuth)))
                .hasStatusOk()
                .bodyText()
                .contains("対応付け", "独自規定", "弱化の指摘あり");
        assertThat(mvc.get()
                        .uri(page + "/clause")
                        .param("edition", "nisc-legacy")
                        .param("locator", "2.1(2)①[5]")
                        .with(authentication(adminAuth)))
                .hasStatusOk()
                .bodyText()
                .contains("義務の弱化", "必要に応じ", "確認", "却下", "対応付けを追加");
        // the words the clause shares with a suggested requirement are marked in both texts
        assertThat(mvc.get()
                        .uri(page + "/clause")
                        .param("edition", "nisc-legacy")
                        .param("locator", "2.1(2)①[5]")
                        .with(authentication(staffAuth)))
                .hasStatusOk()
                .bodyText()
                .contains("<mark>", "共通する語");
        assertThat(mvc.get()
                        .uri(page + "/coverage")
                        .param("edition", "nisc-legacy")
                        .with(authentication(staffAuth)))
                .hasStatusOk()
                .bodyText()
                .contains("対応表", "充足 84、一部充足 58、未充足 307", "部・節ごとの集計", "Excel で出力");
        assertThat(mvc.get()
                        .uri(page + "/coverage.xlsx")
                        .param("edition", "nisc-legacy")
                        .with(authentication(staffAuth)))
                .hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(mvc.get()
                        .uri(page + "/coverage/print")
                        .param("edition", "nisc-legacy")
                        .with(authentication(staffAuth)))
                .hasStatusOk()
                .bodyText()
                .contains("対応表", "統一基準の版", "充足 84、一部充足 58、未充足 307")
                .doesNotContain("navbar");
        assertThat(mvc.get()
                        .uri(page + "/coverage.pdf")
                        .param("edition", "nisc-legacy")
                        .with(authentication(staffAuth)))
                .hasStatusOk()
                .hasContentType("application/pdf")
                .body()
                .satisfies(pdf -> assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                        .isEqualTo("%PDF-"));

        ClauseMapping mapping = signedIn.as(
                        admin.accountId(), () -> standards.review(version.id(), "nisc-legacy", "2.1(2)①[5]"))
                .mappings()
                .get(0);
        String decide = page + "/mappings/" + mapping.id();
        assertThat(mvc.post()
                        .uri(decide + "/confirm")
                        .param("version", String.valueOf(mapping.version()))
                        .param("edition", "nisc-legacy")
                        .param("locator", "2.1(2)①[5]")
                        .param("note", "先に確認")
                        .with(authentication(adminAuth))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri(decide + "/reject")
                        .param("version", String.valueOf(mapping.version()))
                        .param("edition", "nisc-legacy")
                        .param("locator", "2.1(2)①[5]")
                        .param("note", "後から入力した理由")
                        .with(authentication(bothAuth))
                        .with(csrf()))
                .hasStatus(409)
                .bodyText()
                .contains("他の利用者がこのデータを変更しました", "後から入力した理由", "確認済み");
        assertThat(mvc.post()
                        .uri(decide + "/confirm")
                        .param("version", "0")
                        .param("edition", "nisc-legacy")
                        .param("locator", "2.1(2)①[5]")
                        .with(authentication(staffAuth))
                        .with(csrf()))
                .hasStatus(403);
    }

    @Test
    void showsTheRevisionImpactOfANewEdition() {
        StandardVersion version =
                signedIn.as(admin.accountId(), () -> standards.importVersion(Standards.shippedExample()));
        signedIn.run(admin.accountId(), () -> standards.suggest(version.id(), "nisc-r3"));
        RevisionImpact impact =
                signedIn.as(admin.accountId(), () -> standards.impact(version.id(), "nisc-r3", "nisc-r5"));
        assertThat(impact.affected())
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.clauses()).isNotEmpty());
        assertThat(impact.newRequirements())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.type().name()).isEqualTo("ADDED"));
        assertThat(mvc.get()
                        .uri("/standards/versions/" + version.id() + "/impact")
                        .param("from", "nisc-r3")
                        .param("to", "nisc-r5")
                        .with(authentication(staffAuth)))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "改定の影響",
                        "見直しが必要な条項（" + impact.affected().size() + " 件）",
                        "対応する条項のない新しい要件（" + impact.newRequirements().size() + " 件）");
    }
}
