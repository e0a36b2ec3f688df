package dev.toitsu.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.toitsu.catalog.EditionImported;
import dev.toitsu.identity.security.SignInFlow;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.Permission;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Revision impact as a worklist: items with owner, due date and status (対象外 only with a reason), recorded by hand
 * or when an edition is imported, never twice; another organization's version is absent, a member without the
 * permission is refused.
 */
@IntegrationTest
class RevisionImpactItemsIntegrationTest {

    @Autowired
    Standards standards;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignedIn signedIn;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    SignInFlow flow;

    @Autowired
    TransactionTemplate transactions;

    TestPerson admin;
    TestPerson staff;
    TestPerson outsider;

    @BeforeEach
    void organization() {
        UUID org = organizations.organization("改定影響試験省");
        admin = organizations.person(org, "GENERAL_ISO", Permission.STANDARD_ADMINISTER, Permission.DIRECTORY_READ);
        staff = organizations.person(org, "STAFF", Permission.DIRECTORY_READ);
        outsider = organizations.person(organizations.organization("改定影響他省"), "STAFF", Permission.DIRECTORY_READ);
        jdbc.sql("update person set employee_number = ? where id = ?")
                .params("E" + admin.personId().toString().substring(0, 8), admin.personId())
                .update();
    }

    private UUID mappedOntoR3() {
        StandardVersion version =
                signedIn.as(admin.accountId(), () -> standards.importVersion(Standards.shippedExample()));
        signedIn.run(admin.accountId(), () -> standards.suggest(version.id(), "nisc-r3"));
        return version.id();
    }

    @Test
    void recordsItemsOnceAndKeepsOwnerDueDateAndStatus() {
        UUID id = mappedOntoR3();
        RevisionImpact impact = signedIn.as(admin.accountId(), () -> standards.impact(id, "nisc-r3", "nisc-r5"));
        int expected = impact.affected().size() + impact.newRequirements().size();

        assertThat(signedIn.as(admin.accountId(), () -> standards.recordImpact(id, "nisc-r3", "nisc-r5")))
                .isEqualTo(expected);
        assertThat(signedIn.as(admin.accountId(), () -> standards.recordImpact(id, "nisc-r3", "nisc-r5")))
                .isZero();
        List<ImpactItem> items = signedIn.as(staff.accountId(), () -> standards.impactItems(id, "nisc-r3", "nisc-r5"));
        assertThat(items)
                .hasSize(expected)
                .allSatisfy(i -> assertThat(i.status()).isEqualTo(ImpactStatus.OPEN));
        ImpactItem item =
                items.stream().filter(i -> !i.clauses().isEmpty()).findFirst().orElseThrow();

        // 対象外 needs a reason; an unknown employee number is refused; nothing is saved
        assertThatThrownBy(() -> signedIn.run(
                        admin.accountId(),
                        () -> standards.updateImpactItem(
                                id,
                                item.id(),
                                new Standards.ImpactItemUpdate(
                                        item.version(), null, null, ImpactStatus.NOT_APPLICABLE, " "))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("standard.impact.reasonRequired"));
        assertThatThrownBy(() -> signedIn.run(
                        admin.accountId(),
                        () -> standards.updateImpactItem(
                                id,
                                item.id(),
                                new Standards.ImpactItemUpdate(
                                        item.version(), "NOBODY", null, ImpactStatus.OPEN, null))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("standard.impact.ownerUnknown"));

        String number = "E" + admin.personId().toString().substring(0, 8);
        LocalDate due = LocalDate.of(2027, 3, 31);
        ImpactItem saved = signedIn.as(
                admin.accountId(),
                () -> standards.updateImpactItem(
                        id,
                        item.id(),
                        new Standards.ImpactItemUpdate(item.version(), number, due, ImpactStatus.ADDRESSED, null)));
        assertThat(saved.ownerPersonId()).isEqualTo(admin.personId());
        assertThat(saved.dueOn()).isEqualTo(due);
        assertThat(saved.status()).isEqualTo(ImpactStatus.ADDRESSED);
        assertThat(saved.version()).isEqualTo(item.version() + 1);
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'standard.impact.updated' and subject_id = ?")
                        .param(item.id().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // a stale page: 409, the saved state stays
        assertThatThrownBy(() -> signedIn.run(
                        admin.accountId(),
                        () -> standards.updateImpactItem(
                                id,
                                item.id(),
                                new Standards.ImpactItemUpdate(item.version(), null, null, ImpactStatus.OPEN, null))))
                .isInstanceOf(ConflictException.class);
        // recording again keeps what people set
        signedIn.run(admin.accountId(), () -> standards.recordImpact(id, "nisc-r3", "nisc-r5"));
        assertThat(signedIn.as(staff.accountId(), () -> standards.impactItems(id, "nisc-r3", "nisc-r5")))
                .filteredOn(i -> i.id().equals(item.id()))
                .singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(ImpactStatus.ADDRESSED));

        // a member without the permission is refused; another organization does not see the version
        assertThatThrownBy(
                        () -> signedIn.run(staff.accountId(), () -> standards.recordImpact(id, "nisc-r3", "nisc-r5")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(mvc.post()
                        .uri("/standards/versions/{id}/impact/items/{item}", id, item.id())
                        .param("from", "nisc-r3")
                        .param("to", "nisc-r5")
                        .param("version", String.valueOf(saved.version()))
                        .param("status", "OPEN")
                        .with(authentication(flow.fullyAuthenticated(staff.accountId())))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/api/v1/standards/versions/{id}/impact/items", id)
                        .param("from", "nisc-r3")
                        .param("to", "nisc-r5")
                        .with(authentication(flow.fullyAuthenticated(outsider.accountId()))))
                .hasStatus(404);

        // the page: the worklist with the saved owner; a refused change shows what was typed, with the message
        assertThat(mvc.get()
                        .uri("/standards/versions/{id}/impact", id)
                        .param("from", "nisc-r3")
                        .param("to", "nisc-r5")
                        .with(authentication(flow.fullyAuthenticated(staff.accountId()))))
                .hasStatusOk()
                .bodyText()
                .contains("作業項目（" + expected + " 件）", "対応済み", "2027-03-31");
        assertThat(mvc.post()
                        .uri("/standards/versions/{id}/impact/items/{item}", id, item.id())
                        .param("from", "nisc-r3")
                        .param("to", "nisc-r5")
                        .param("version", String.valueOf(saved.version()))
                        .param("status", "NOT_APPLICABLE")
                        .param("owner", number)
                        .with(authentication(flow.fullyAuthenticated(admin.accountId())))
                        .with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("対象外とする場合は理由を入力してください。");
        assertThat(mvc.post()
                        .uri("/standards/versions/{id}/impact/items/{item}", id, item.id())
                        .param("from", "nisc-r3")
                        .param("to", "nisc-r5")
                        .param("version", String.valueOf(saved.version()))
                        .param("status", "NOT_APPLICABLE")
                        .param("reason", "当機構には該当する業務がない")
                        .with(authentication(flow.fullyAuthenticated(admin.accountId())))
                        .with(csrf()))
                .hasStatus3xxRedirection();
    }

    @Test
    void importingANewerEditionRecordsTheImpactAutomaticallyAndOnlyOnce() {
        UUID id = mappedOntoR3();
        transactions.executeWithoutResult(s -> events.publishEvent(new EditionImported("nisc-r5", 0, "試験")));
        List<ImpactItem> first = signedIn.as(staff.accountId(), () -> standards.impactItems(id, "nisc-r3", "nisc-r5"));
        assertThat(first).isNotEmpty();
        transactions.executeWithoutResult(s -> events.publishEvent(new EditionImported("nisc-r5", 0, "試験")));
        assertThat(signedIn.as(staff.accountId(), () -> standards.impactItems(id, "nisc-r3", "nisc-r5")))
                .hasSameSizeAs(first);
        // an older edition imported later is no "new edition" for a version mapped onto r3
        transactions.executeWithoutResult(s -> events.publishEvent(new EditionImported("nisc-legacy", 0, "試験")));
        assertThat(signedIn.as(staff.accountId(), () -> standards.impactItems(id, "nisc-r3", "nisc-legacy")))
                .isEmpty();
    }
}
