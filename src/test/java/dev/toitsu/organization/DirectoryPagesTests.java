package dev.toitsu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.toitsu.support.DemoSignIn;
import dev.toitsu.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The pages, signed in as demo accounts: Japanese by default, form errors in Japanese, CSRF required. */
@IntegrationTest
class DirectoryPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DemoSignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        TestActors.signOut();
    }

    @Test
    void theUnitTreeIsANestedListInJapanese() {
        MvcTestResult page = mvc.get().uri("/units").with(signIn.as("staff")).exchange();

        assertThat(page).hasStatusOk();
        assertThat(body(page))
                .contains("部局・課室", "大臣官房", "情報セキュリティ対策室", "監査室")
                .containsPattern("<ul>\\s*<li>[\\s\\S]*<ul>\\s*<li>");
        assertThat(body(page)).doesNotContain("部局・課室を追加"); // staff only reads
    }

    @Test
    void aUnitPageShowsItsPeopleAndWhoHoldsWhichRole() {
        UUID kikaku = unit("KIKAKU");

        MvcTestResult page =
                mvc.get().uri("/units/{id}", kikaku).with(signIn.as("admin")).exchange();

        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("企画課", "加藤 翔太", "課室情報セキュリティ責任者", "森 さくら");
    }

    @Test
    void peopleAreSearchedByKana() {
        MvcTestResult page =
                mvc.get().uri("/people?q=まつもと").with(signIn.as("staff")).exchange();

        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("松本 彩").doesNotContain("佐藤 一郎");
    }

    @Test
    void aPersonPageShowsTheRoleHistoryAndLinksToTheAccount() {
        UUID sato = person("M0001");

        MvcTestResult page =
                mvc.get().uri("/people/{id}", sato).with(signIn.as("admin")).exchange();

        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("最高情報セキュリティ責任者", "在任中", "/people/" + sato + "/account");
    }

    @Test
    void englishIsSecond() {
        MvcTestResult page =
                mvc.get().uri("/role-holders?lang=en").with(signIn.as("staff")).exchange();

        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("Role holders", "Chief Information Security Officer (CISO)");
    }

    @Test
    void formErrorsAreShownInJapaneseBesideTheField() {
        MvcTestResult page = mvc.post()
                .uri("/units")
                .with(signIn.as("admin"))
                .with(csrf())
                .param("code", "")
                .param("name", "")
                .param("kind", "DIVISION")
                .exchange();

        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("入力内容を確認してください。", "名称を入力してください。", "コードを入力してください。", "is-invalid");
    }

    @Test
    void changesNeedTheCsrfToken() {
        MvcTestResult page = mvc.post()
                .uri("/units")
                .with(signIn.as("admin"))
                .param("code", "NOCSRF")
                .param("name", "偽装")
                .param("kind", "DIVISION")
                .exchange();

        // refused by the CSRF filter: 403, or (identity's invalid-session handling) a redirect to the sign-in page
        assertThat(page.getResponse().getStatus()).isIn(302, 403);
        assertThat(String.valueOf(page.getResponse().getRedirectedUrl())).doesNotContain("/units/");
        assertThat(jdbc.sql("select count(*) from unit where code = 'NOCSRF'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void staffCannotChangeTheDirectory() {
        MvcTestResult page = mvc.post()
                .uri("/units")
                .with(signIn.as("staff"))
                .with(csrf())
                .param("code", "STAFFX")
                .param("name", "無断")
                .param("kind", "DIVISION")
                .exchange();

        assertThat(page).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void aStaleEditKeepsTheInputAndSaysSomeoneElseChangedIt() {
        UUID chosa = unit("CHOSA");

        MvcTestResult page = mvc.post()
                .uri("/units/{id}", chosa)
                .with(signIn.as("admin"))
                .with(csrf())
                .param("code", "CHOSA")
                .param("name", "調査分析課")
                .param("kind", "DIVISION")
                .param("sortOrder", "10")
                .param("version", "-1")
                .exchange();

        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("他の利用者がこのデータを変更しました", "value=\"調査分析課\"");
    }

    @Test
    void aRefusedAssignmentSaysWhyAndCitesTheClause() {
        UUID auditor = person("M0013");
        UUID iso = roleId("demo-ministry", "ISO");

        MvcTestResult page = mvc.post()
                .uri("/people/{id}/assignments", auditor)
                .with(signIn.as("admin"))
                .with(csrf())
                .param("roleId", iso.toString())
                .param("unitId", unit("SEISAKU").toString())
                .exchange();

        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("を割り当てることはできません", "1.2.1.2(1)(a)(イ)");
    }

    @Test
    void theContactListIsPrintableAndDownloadsAsCsvWithABom() {
        MvcTestResult page = mvc.get().uri("/contacts").with(signIn.as("staff")).exchange();
        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("連絡網", "清水 亮", "03-0001-0303", "media=\"print\"");

        MvcTestResult csv =
                mvc.get().uri("/contacts.csv").with(signIn.as("staff")).exchange();
        assertThat(csv).hasStatusOk();
        byte[] bytes = csv.getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("役割,氏名,範囲,所属,職名,電話番号,メールアドレス", "佐藤 一郎");
    }

    @Test
    void roleHoldersShowVacanciesOfTheAgencyToItsOwnPeople() {
        MvcTestResult page = mvc.get()
                .uri("/role-holders?view=unit")
                .with(signIn.as("agency-staff"))
                .exchange();

        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("情報セキュリティ監査責任者が置かれていません", "基盤運用課");
    }

    @Test
    void oversightShowsOverseenOrganizationsAsNumbersOnly() {
        MvcTestResult page = mvc.get().uri("/oversight").with(signIn.as("ciso")).exchange();

        assertThat(page).hasStatusOk();
        assertThat(body(page)).contains("情報基盤機構").doesNotContain("近藤 薫");
        assertThat(mvc.get().uri("/oversight").with(signIn.as("staff")).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void administrationPagesRender() {
        assertThat(mvc.get().uri("/roles").with(signIn.as("admin")).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/separation-rules").with(signIn.as("admin")).exchange())
                .hasStatusOk();
        assertThat(mvc.get().uri("/organizations").with(signIn.as("admin")).exchange())
                .hasStatusOk();
        assertThat(mvc.get().uri("/people/new").with(signIn.as("admin")).exchange())
                .hasStatusOk();
        assertThat(mvc.get()
                        .uri("/roles/{id}", roleId("demo-ministry", "CISO"))
                        .with(signIn.as("admin"))
                        .exchange())
                .hasStatusOk();
    }

    @Test
    void anotherOrganizationsPersonIsNotFound() {
        UUID agencyPerson = person("A0006");

        assertThat(mvc.get()
                        .uri("/people/{id}", agencyPerson)
                        .with(signIn.as("staff"))
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private UUID unit(String code) {
        return jdbc.sql("select u.id from unit u join organization o on o.id = u.organization_id"
                        + " where o.code = 'demo-ministry' and u.code = ?")
                .param(code)
                .query(UUID.class)
                .single();
    }

    private UUID person(String number) {
        return jdbc.sql("select id from person where employee_number = ?")
                .param(number)
                .query(UUID.class)
                .single();
    }

    private UUID roleId(String organization, String code) {
        return jdbc.sql("select r.id from role_definition r join organization o on o.id = r.organization_id"
                        + " where o.code = ? and r.code = ?")
                .params(organization, code)
                .query(UUID.class)
                .single();
    }
}
