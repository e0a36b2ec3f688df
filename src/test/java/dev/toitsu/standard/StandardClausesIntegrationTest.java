package dev.toitsu.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.toitsu.catalog.NodeKind;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import dev.toitsu.standard.StandardClauses.ClauseAddition;
import dev.toitsu.standard.StandardClauses.ClauseEdit;
import dev.toitsu.support.DemoSignIn;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Issue 4: a draft 対策基準 is edited clause by clause in the application. */
@IntegrationTest
class StandardClausesIntegrationTest {

    @Autowired
    Standards standards;

    @Autowired
    StandardClauses clauses;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignedIn signedIn;

    @Autowired
    DemoSignIn signIn;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    TestPerson generalIso;
    StandardVersion draft;

    @BeforeEach
    void draft() {
        UUID org = organizations.organization("条項編集省");
        generalIso = organizations.person(org, "GENERAL_ISO", Permission.STANDARD_ADMINISTER);
        String text = """
                第1章 総則
                1.1 目的
                (1) 本基準は、機構の情報セキュリティ対策の基準を定める。
                第2章 組織と体制
                2.1 体制
                (1) 機構に、最高情報セキュリティ責任者を置くこと。
                (2) 役職員等は、毎年度、情報セキュリティ教育を受講すること。
                """;
        draft = as(() -> standards.importVersion(new StandardImport(
                "edit-" + UUID.randomUUID().toString().substring(0, 8),
                "条項編集の試験",
                "試験用の合成テキスト",
                "edit.txt",
                text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void revisesAClauseAndRecordsTheTextBeforeAndAfter() {
        StandardVersion after = as(() -> clauses.revise(
                draft.id(),
                draft.version(),
                "2.1(2)",
                new ClauseEdit("2.1(2)", null, "役職員等は、毎年度及び着任後三月以内に、情報セキュリティ教育を受講すること。")));

        assertThat(after.version()).isGreaterThan(draft.version());
        assertThat(clause("2.1(2)").text()).contains("着任後三月以内");
        String audit = jdbc.sql(
                        "select before::text || after::text from audit_event where subject_id = ? and action = ?")
                .params(draft.id().toString(), "standard.clause.revised")
                .query(String.class)
                .single();
        assertThat(audit).contains("毎年度、情報セキュリティ教育", "着任後三月以内");
    }

    @Test
    void addsAClauseAfterASiblingAndUnderAParentInDocumentOrder() {
        StandardVersion v1 = as(() -> clauses.add(
                draft.id(),
                draft.version(),
                new ClauseAddition("2.1", "2.1(1)", "2.1(1-2)", NodeKind.GROUP, null, "機構に、CSIRT を置くこと。")));
        StandardVersion v2 = as(() -> clauses.add(
                draft.id(),
                v1.version(),
                new ClauseAddition("2.1(2)", null, "2.1(2)①", NodeKind.CIRCLED, null, "受講の記録を残すこと。")));

        List<String> order = locators();
        assertThat(order.subList(order.indexOf("2.1(1)"), order.size()))
                .containsExactly("2.1(1)", "2.1(1-2)", "2.1(2)", "2.1(2)①");
        assertThat(clause("2.1(2)①").depth()).isEqualTo(clause("2.1(2)").depth() + 1);
        assertThat(v2.clauseCount()).isEqualTo(draft.clauseCount() + 2);
    }

    @Test
    void renumberingMovesChildrenAndMappings() {
        StandardVersion v1 = as(() -> clauses.add(
                draft.id(),
                draft.version(),
                new ClauseAddition("2.1(2)", null, "2.1(2)①", NodeKind.CIRCLED, null, "受講の記録を残すこと。")));
        as(() -> standards.suggest(draft.id(), "nisc-legacy"));
        long mappings = mappingsOf("2.1(2)");
        StandardVersion current = as(() -> standards.version(draft.id()));

        as(() -> clauses.revise(
                draft.id(),
                current.version(),
                "2.1(2)",
                new ClauseEdit("2.1(3)", null, clause("2.1(2)").text())));

        assertThat(locators()).contains("2.1(3)").doesNotContain("2.1(2)");
        assertThat(clause("2.1(2)①").parentLocator()).isEqualTo("2.1(3)");
        assertThat(mappingsOf("2.1(3)")).isEqualTo(mappings);
        assertThat(v1).isNotNull();
    }

    @Test
    void removesALeafButNotAClauseWithChildren() {
        StandardVersion v1 = as(() -> clauses.remove(draft.id(), draft.version(), "2.1(1)"));
        assertThat(locators()).doesNotContain("2.1(1)");
        assertThat(v1.clauseCount()).isEqualTo(draft.clauseCount() - 1);

        assertThatThrownBy(() -> as(() -> clauses.remove(draft.id(), v1.version(), "2.1")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("standard.clause.hasChildren"));
    }

    @Test
    void refusesStaleEditsTakenNumbersBadInputAndVersionsThatAreNotDrafts() {
        as(() -> clauses.revise(draft.id(), draft.version(), "1.1(1)", new ClauseEdit("1.1(1)", null, "変更")));
        assertThatThrownBy(() -> as(() ->
                        clauses.revise(draft.id(), draft.version(), "1.1(1)", new ClauseEdit("1.1(1)", null, "古い画面"))))
                .isInstanceOf(ConflictException.class);
        StandardVersion now = as(() -> standards.version(draft.id()));
        assertThatThrownBy(() -> as(
                        () -> clauses.revise(draft.id(), now.version(), "1.1(1)", new ClauseEdit("2.1(1)", null, "x"))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("standard.clause.locatorTaken"));
        assertThatThrownBy(() -> as(() ->
                        clauses.revise(draft.id(), now.version(), "1.1(1)", new ClauseEdit("1.1 (1)", null, "x"))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("standard.clause.locatorInvalid"));
        assertThatThrownBy(() -> as(
                        () -> clauses.revise(draft.id(), now.version(), "1.1(1)", new ClauseEdit("1.1(1)", " ", " "))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("standard.clause.textRequired"));
        assertThat(clause("1.1(1)").text()).as("nothing half-written").isEqualTo("変更");

        StandardVersion submitted = as(() -> standards.submit(draft.id(), now.version()));
        assertThatThrownBy(() -> as(() -> clauses.remove(draft.id(), submitted.version(), "1.1(1)")))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.code()).isEqualTo("standard.clause.notDraft"));
    }

    @Test
    void onlyTheStandardsAdministratorOfTheOrganization() {
        TestPerson staff = organizations.person(generalIso.organizationId(), "STAFF", Permission.DIRECTORY_READ);
        assertThatThrownBy(() ->
                        signedIn.as(staff.accountId(), () -> clauses.remove(draft.id(), draft.version(), "1.1(1)")))
                .isInstanceOf(AccessDeniedException.class);
        TestPerson stranger =
                organizations.person(organizations.organization("他省"), "GENERAL_ISO", Permission.STANDARD_ADMINISTER);
        assertThatThrownBy(() ->
                        signedIn.as(stranger.accountId(), () -> clauses.remove(draft.id(), draft.version(), "1.1(1)")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePagesEditAndKeepWhatWasTypedWhenRefused() {
        String page = "/standards/versions/" + draft.id() + "/clauses/edit?locator=2.1(1)";
        assertThat(mvc.get().uri(page).with(signIn.as(generalIso.username())))
                .hasStatusOk()
                .bodyText()
                .contains("最高情報セキュリティ責任者を置くこと", "この条項の後に追加");

        assertThat(mvc.post()
                        .uri(page)
                        .param("version", String.valueOf(draft.version()))
                        .param("newLocator", "1.1(1)")
                        .param("text", "番号が重なる修正")
                        .with(signIn.as(generalIso.username()))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("すでに使われています", "番号が重なる修正");

        assertThat(mvc.post()
                        .uri(page)
                        .param("version", String.valueOf(draft.version()))
                        .param("newLocator", "2.1(1)")
                        .param("text", "機構に、最高情報セキュリティ責任者及びその代理を置くこと。")
                        .with(signIn.as(generalIso.username()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(clause("2.1(1)").text()).contains("その代理");

        StandardVersion now = as(() -> standards.version(draft.id()));
        assertThat(mvc.post()
                        .uri("/standards/versions/" + draft.id() + "/clauses/new")
                        .param("version", String.valueOf(now.version()))
                        .param("parent", "2.1")
                        .param("after", "2.1(2)")
                        .param("locator", "2.1(3)")
                        .param("kind", "GROUP")
                        .param("text", "情報セキュリティ委員会を置くこと。")
                        .with(signIn.as(generalIso.username()))
                        .with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/standards/versions/" + draft.id()).with(signIn.as(generalIso.username())))
                .bodyText()
                .contains("情報セキュリティ委員会を置くこと", "先頭に条項を追加");
    }

    @Test
    void theApiEditsAddsAndRemoves() {
        String token = signIn.bearer(generalIso.username(), true);
        String base = "/api/v1/standards/versions/" + draft.id();
        assertThat(mvc.put()
                        .uri(base + "/clause?locator=1.1(1)")
                        .header("Authorization", token)
                        .contentType("application/json")
                        .content("{\"version\": " + draft.version() + ", \"text\": \"APIで修正\"}"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.version")
                .isEqualTo((int) draft.version() + 1);
        assertThat(mvc.post()
                        .uri(base + "/clauses")
                        .header("Authorization", token)
                        .contentType("application/json")
                        .content("{\"version\": " + (draft.version() + 1)
                                + ", \"parentLocator\": \"1.1\", \"afterLocator\": \"1.1(1)\", \"locator\": \"1.1(2)\","
                                + " \"kind\": \"GROUP\", \"text\": \"APIで追加\"}"))
                .hasStatus(201);
        assertThat(mvc.delete()
                        .uri(base + "/clause?locator=1.1(2)&version=" + (draft.version() + 2))
                        .header("Authorization", token))
                .hasStatusOk();
        assertThat(mvc.delete()
                        .uri(base + "/clause?locator=1.1(2)&version=" + (draft.version() + 3))
                        .header("Authorization", token))
                .hasStatus(404);
        assertThat(clause("1.1(1)").text()).isEqualTo("APIで修正");
    }

    private StandardClause clause(String locator) {
        return as(() -> standards.clauses(draft.id())).stream()
                .filter(c -> c.locator().equals(locator))
                .findFirst()
                .orElseThrow();
    }

    private List<String> locators() {
        return as(() -> standards.clauses(draft.id())).stream()
                .map(StandardClause::locator)
                .toList();
    }

    private long mappingsOf(String locator) {
        return jdbc.sql("select count(*) from clause_mapping where version_id = ? and locator = ?")
                .params(draft.id(), locator)
                .query(Long.class)
                .single();
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return signedIn.as(generalIso.accountId(), work);
    }
}
