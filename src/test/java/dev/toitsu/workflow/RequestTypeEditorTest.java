package dev.toitsu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.toitsu.shared.Permission;
import dev.toitsu.support.DemoSignIn;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Issue 7: an organization defines and changes its request types in a form, without writing JSON. */
@IntegrationTest
class RequestTypeEditorTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DemoSignIn signIn;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignedIn signedIn;

    @Autowired
    RequestTypes types;

    TestPerson admin;

    @BeforeEach
    void organization() {
        admin = organizations.person(
                organizations.organization("申請種類省"),
                "GENERAL_ISO",
                Permission.WORKFLOW_ADMINISTER,
                Permission.DIRECTORY_READ);
    }

    @Test
    void definesATypeWithFieldsAConditionalRouteAndChecksFromRows() {
        assertThat(mvc.post()
                        .uri("/request-types/editor")
                        .with(signIn.as(admin.username()))
                        .with(csrf())
                        .param("code", "USB_LOAN")
                        .param("name", "USBメモリの貸出")
                        .param("decisionDays", "7")
                        .param("hasPeriod", "true")
                        .param("fields[0].position", "20")
                        .param("fields[0].key", "confidential")
                        .param("fields[0].label", "要機密情報を扱う")
                        .param("fields[0].type", "BOOLEAN")
                        .param("fields[1].position", "10")
                        .param("fields[1].key", "purpose")
                        .param("fields[1].label", "用途")
                        .param("fields[1].type", "CHOICE")
                        .param("fields[1].options", "会議\r\n出張\r\n")
                        .param("fields[1].required", "true")
                        .param("fields[2].position", "30")
                        .param("fields[2].key", "dropped")
                        .param("fields[2].label", "消す項目")
                        .param("fields[2].remove", "true")
                        .param("fields[3].position", "40")
                        .param("route[0].position", "10")
                        .param("route[0].roleCode", "SECTION_ISO")
                        .param("route[0].scope", "APPLICANT_UNIT")
                        .param("route[1].position", "20")
                        .param("route[1].roleCode", "CISO")
                        .param("route[1].scope", "ORGANIZATION")
                        .param("route[1].whenField", "confidential")
                        .param("route[1].whenOperator", "EQUALS")
                        .param("route[1].whenValue", "true")
                        .param("checks[0].position", "10")
                        .param("checks[0].key", "encrypted")
                        .param("checks[0].label", "暗号化機能付きの媒体である"))
                .hasRedirectedUrl("/request-types");

        RequestType type = signedIn.as(admin.accountId(), () -> types.get("USB_LOAN"));
        assertThat(type.fields()).extracting(FieldDefinition::key).containsExactly("purpose", "confidential");
        assertThat(type.fields().get(0).options()).containsExactly("会議", "出張");
        assertThat(type.fields().get(0).required()).isTrue();
        assertThat(type.route()).extracting(RouteStep::roleCode).containsExactly("SECTION_ISO", "CISO");
        assertThat(type.route().get(1).whenField()).isEqualTo("confidential");
        assertThat(type.checks()).extracting(CheckItem::key).containsExactly("encrypted");
        assertThat(type.hasPeriod()).isTrue();
        assertThat(type.decisionDays()).isEqualTo(7);
    }

    @Test
    void opensAnExistingTypeAsRowsAndRevisesIt() {
        mvc.post()
                .uri("/request-types/editor")
                .with(signIn.as(admin.username()))
                .with(csrf())
                .param("code", "ROOM")
                .param("name", "サーバ室への入室")
                .param("fields[0].key", "reason")
                .param("fields[0].label", "理由")
                .param("route[0].roleCode", "SECTION_ISO")
                .exchange();
        RequestType before = signedIn.as(admin.accountId(), () -> types.get("ROOM"));

        var page = mvc.get()
                .uri("/request-types/editor?code=ROOM")
                .with(signIn.as(admin.username()))
                .exchange();
        assertThat(page)
                .hasStatusOk()
                .bodyText()
                .contains("サーバ室への入室", "value=\"reason\"", before.id().toString());

        assertThat(mvc.post()
                        .uri("/request-types/editor")
                        .with(signIn.as(admin.username()))
                        .with(csrf())
                        .param("id", before.id().toString())
                        .param("version", String.valueOf(before.version()))
                        .param("code", "ROOM")
                        .param("name", "サーバ室への入室（改）")
                        .param("fields[0].key", "reason")
                        .param("fields[0].label", "入室の理由")
                        .param("route[0].roleCode", "SECTION_ISO"))
                .hasRedirectedUrl("/request-types");
        RequestType after = signedIn.as(admin.accountId(), () -> types.get("ROOM"));
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.fields().get(0).label()).isEqualTo("入室の理由");

        assertThat(mvc.post()
                        .uri("/request-types/editor")
                        .with(signIn.as(admin.username()))
                        .with(csrf())
                        .param("id", before.id().toString())
                        .param("version", String.valueOf(before.version()))
                        .param("code", "ROOM")
                        .param("name", "古い画面からの保存")
                        .param("route[0].roleCode", "SECTION_ISO"))
                .hasStatus(409)
                .bodyText()
                .contains("古い画面からの保存");
    }

    @Test
    void aRefusedTypeComesBackWithWhatWasTyped() {
        assertThat(mvc.post()
                        .uri("/request-types/editor")
                        .with(signIn.as(admin.username()))
                        .with(csrf())
                        .param("code", "NO_ROUTE")
                        .param("name", "経路のない種類")
                        .param("fields[0].key", "memo")
                        .param("fields[0].label", "メモ欄"))
                .hasStatus(400)
                .bodyText()
                .contains("経路のない種類", "メモ欄");
        assertThat(mvc.get().uri("/request-types/editor").with(signIn.as("staff")))
                .hasStatus(403);
    }
}
