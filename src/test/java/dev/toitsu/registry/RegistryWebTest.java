package dev.toitsu.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.toitsu.identity.ApiTokens;
import dev.toitsu.identity.security.SignInFlow;
import dev.toitsu.support.DemoSignIn;
import dev.toitsu.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Pages and API of classification and registers, as a person uses them. */
@IntegrationTest
class RegistryWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RegistryFixture fixture;

    @Autowired
    SignInFlow flow;

    @Autowired
    ApiTokens tokens;

    @Autowired
    DemoSignIn demo;

    RegistryFixture.Org org;

    @BeforeEach
    void organization() {
        org = fixture.create();
    }

    private RequestPostProcessor as(UUID account) {
        return authentication(flow.fullyAuthenticated(account));
    }

    private String bearer(UUID account) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(flow.fullyAuthenticated(account));
        SecurityContextHolder.setContext(context);
        try {
            return "Bearer "
                    + tokens.issue("test", true, LocalDate.now().plusDays(2)).token();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void theGeneralIsoAdoptsATemplateAndStaffAskWhetherTheyMaySend() {
        MvcTestResult before =
                mvc.get().uri("/classification").with(as(org.generalIso())).exchange();
        assertThat(body(before)).contains("まだ格付の区分を採用していません", "id=\"adopt-form\"");
        MvcTestResult adopt = mvc.post()
                .uri("/classification/adopt")
                .param("template", "NINS")
                .with(as(org.generalIso()))
                .with(csrf())
                .exchange();
        assertThat(adopt).hasStatus3xxRedirection();
        MvcTestResult scheme =
                mvc.get().uri("/classification").with(as(org.staff())).exchange();
        assertThat(body(scheme)).contains("機密性4（極秘）", "第1版").doesNotContain("id=\"adopt-form\"");

        MvcTestResult verdict = mvc.get()
                .uri("/classification/transmission?level=C3&channel=MAIL&destination=EXTERNAL")
                .with(as(org.staff()))
                .exchange();
        assertThat(verdict).hasStatusOk();
        assertThat(body(verdict)).contains("id=\"verdict\"", "不可", "本文との相違", "3.1(2)④(b)ア");
    }

    @Test
    void aKeeperRegistersASystemOnThePageAndSeesErrorsInJapaneseNextToTheField() {
        MvcTestResult invalid = mvc.post()
                .uri("/registry/systems")
                .param("name", "")
                .param("ownerUnitId", org.unitA().toString())
                .param("hosting", "ON_PREMISES")
                .param("lifecyclePhase", "PLANNING")
                .with(as(org.generalIso()))
                .with(csrf())
                .exchange();
        assertThat(invalid).hasStatusOk();
        assertThat(body(invalid)).contains("名称を入力してください。", "is-invalid");

        MvcTestResult created = mvc.post()
                .uri("/registry/systems")
                .param("name", "電子決裁システム")
                .param("ownerUnitId", org.unitA().toString())
                .param("hosting", "CLOUD_SERVICE")
                .param("cloudService", "ガバメントクラウド")
                .param("internetFacing", "true")
                .param("lifecyclePhase", "OPERATION")
                .with(as(org.generalIso()))
                .with(csrf())
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();
        MvcTestResult page = mvc.get().uri(location).with(as(org.generalIso())).exchange();
        assertThat(body(page)).contains("電子決裁システム", "重要度はまだ決定されていません", "判断基準", "ガバメントクラウド");
        MvcTestResult soa = mvc.get()
                .uri(location + "/applicability")
                .with(as(org.generalIso()))
                .exchange();
        assertThat(soa).hasStatusOk();
        assertThat(body(soa)).contains("適用される対策");

        MvcTestResult list = mvc.get()
                .uri("/registry/systems?q=決裁")
                .with(as(org.generalIso()))
                .exchange();
        assertThat(body(list)).contains("電子決裁システム", "全 1 件");
        MvcTestResult staffList =
                mvc.get().uri("/registry/systems").with(as(org.staff())).exchange();
        assertThat(staffList).hasStatusOk();
        assertThat(body(staffList)).doesNotContain("電子決裁システム");
    }

    @Test
    void registerPagesRenderForAKeeperAndAreClosedToStaff() {
        for (String path : new String[] {
            "/registry/assets",
            "/registry/assets/new",
            "/registry/equipment",
            "/registry/equipment/new",
            "/registry/media",
            "/registry/media/new",
            "/registry/systems/new"
        }) {
            assertThat(mvc.get().uri(path).with(as(org.sectionKeeper())).exchange())
                    .as(path)
                    .hasStatusOk();
        }
        assertThat(mvc.get().uri("/registry/assets").with(as(org.staff())).exchange())
                .hasStatus(403);
    }

    @Test
    void theApiRegistersAndListsAssetsAndAnswersProblemsForInvalidOnes() {
        String token = bearer(org.generalIso());
        MvcTestResult created = mvc.post()
                .uri("/api/v1/registry/assets")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name":"予算要求資料","ownerUnitId":"%s","confidentiality":"C2","storageKind":"PAPER",
                         "restrictions":["NO_COPY"],"personalInfo":false,"specificPersonalInfo":false}""".formatted(org.unitA()))
                .exchange();
        assertThat(created).hasStatus(201);
        assertThat(body(created)).contains("\"confidentiality\":\"C2\"", "\"code\":\"IA-");
        MvcTestResult invalid = mvc.post()
                .uri("/api/v1/registry/assets")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"x\",\"ownerUnitId\":\"%s\",\"confidentiality\":\"C7\",\"storageKind\":\"PAPER\"}"
                        .formatted(org.unitA()))
                .exchange();
        assertThat(invalid).hasStatus(422);
        assertThat(body(invalid)).contains("urn:toitsu:problem:classification.grading.confidentiality.unknown");
        MvcTestResult list = mvc.get()
                .uri("/api/v1/registry/assets?q=予算")
                .header("Authorization", token)
                .exchange();
        assertThat(body(list)).contains("予算要求資料", "\"total\":1");
    }

    @Test
    void theApiAnswersMayISendThisWithTheRuleAndItsSource() {
        MvcTestResult answer = mvc.get()
                .uri("/api/v1/classification/transmission-check?level=C2&channel=FILE_TRANSFER&destination=EXTERNAL")
                .header("Authorization", demo.bearer("staff", false))
                .exchange();
        assertThat(answer).hasStatusOk();
        assertThat(body(answer))
                .contains("\"decision\":\"ALLOWED_WITH_CONDITIONS\"", "\"ENCRYPT\"", "\"sourceClause\":\"3.1(2)④(b)\"");
    }

    @Test
    void aSystemRegisteredOverTheApiHasAStatementOfApplicability() {
        String token = bearer(org.generalIso());
        MvcTestResult created = mvc.post()
                .uri("/api/v1/registry/systems")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"API登録システム\",\"ownerUnitId\":\"%s\",\"hosting\":\"ON_PREMISES\"}"
                        .formatted(org.unitB()))
                .exchange();
        assertThat(created).hasStatus(201);
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(body(created));
        assertThat(id.find()).isTrue();
        MvcTestResult statement = mvc.get()
                .uri("/api/v1/registry/systems/{id}/applicability", id.group(1))
                .header("Authorization", token)
                .exchange();
        assertThat(statement).hasStatusOk();
        assertThat(body(statement)).contains("\"editionCode\"", "\"importanceDecided\":false");
        // the 課室 keeper of A1 does not see a system of 部局B: like a missing one
        assertThat(mvc.get()
                        .uri("/api/v1/registry/systems/{id}", id.group(1))
                        .header("Authorization", bearer(org.sectionKeeper()))
                        .exchange())
                .hasStatus(404);
    }

    @Test
    void theGeneralIsoKeepsTheCriteriaRulesAndEditionOnTheSettingsPage() {
        assertThat(mvc.get().uri("/registry/settings").with(as(org.generalIso())))
                .hasStatusOk()
                .bodyText()
                .contains("台帳の設定", "H-BUSINESS-CRITICAL", "nisc-r5", "常に適用");
        assertThat(mvc.get().uri("/registry/settings").with(as(org.sectionKeeper())))
                .hasStatus(HttpStatus.FORBIDDEN);

        MvcTestResult invalid = mvc.post()
                .uri("/registry/settings/criteria")
                .with(as(org.generalIso()))
                .with(csrf())
                .param("code", "H-LOCAL")
                .param("importance", "HIGH")
                .param("text", "")
                .exchange();
        assertThat(invalid).hasStatus3xxRedirection();
        assertThat(invalid).flash().containsEntry("actionError", "基準を入力してください。");
        assertThat(mvc.post()
                        .uri("/registry/settings/criteria")
                        .with(as(org.generalIso()))
                        .with(csrf())
                        .param("code", "H-LOCAL")
                        .param("importance", "HIGH")
                        .param("text", "住民サービスの基幹となる")
                        .param("sortOrder", "45"))
                .hasStatus3xxRedirection();
        assertThat(mvc.post()
                        .uri("/registry/settings/rules")
                        .with(as(org.generalIso()))
                        .with(csrf())
                        .param("edition", "nisc-r5")
                        .param("prefix", "6.6.2")
                        .param("condition", "ALWAYS"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/registry/settings?edition=nisc-r5").with(as(org.generalIso())))
                .bodyText()
                .contains("H-LOCAL", "住民サービスの基幹となる", "organization");

        String token = bearer(org.generalIso());
        MvcTestResult api = mvc.get()
                .uri("/api/v1/registry/settings")
                .header("Authorization", token)
                .exchange();
        assertThat(api).hasStatusOk();
        assertThat(body(api)).contains("\"edition\":\"nisc-r5\"", "\"code\":\"H-LOCAL\"", "\"prefix\":\"6.6.2\"");
        assertThat(mvc.put()
                        .uri("/api/v1/registry/settings/criteria/H-LOCAL")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"importance\":\"MEDIUM\",\"text\":\"\"}"))
                .hasStatus(422);
        assertThat(mvc.delete()
                        .uri("/api/v1/registry/settings/criteria/H-LOCAL")
                        .header("Authorization", token))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.put()
                        .uri("/api/v1/registry/settings/edition")
                        .header("Authorization", bearer(org.sectionKeeper()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"edition\":\"nisc-r3\"}"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }
}
