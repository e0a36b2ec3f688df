package dev.toitsu.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.organization.SeparationOfDuties;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.Permission;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class StandardsIntegrationTest {

    static final String EDITION = "nisc-legacy";

    @Autowired
    Standards standards;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcClient jdbc;

    TestPerson generalIso;
    TestPerson ciso;
    TestPerson both;
    TestPerson staff;

    @BeforeEach
    void organization() {
        UUID org = organizations.organization("対策基準試験省");
        generalIso = organizations.person(org, "GENERAL_ISO", Permission.STANDARD_ADMINISTER);
        ciso = organizations.person(org, "CISO", Permission.STANDARD_APPROVE);
        both = organizations.person(org, "BOTH", Permission.STANDARD_ADMINISTER, Permission.STANDARD_APPROVE);
        staff = organizations.person(org, "STAFF", Permission.DIRECTORY_READ);
        // the rule every organization gets from StandardSeparationRules (a raw test organization has none)
        jdbc.sql("insert into separation_rule (organization_id, kind, first_code, second_code, reason, clause)"
                        + " values (?, 'ACTION_PAIR', 'standard.submit', 'standard.approve', '申請者は承認できない',"
                        + " '1.2.1.2(1)(a)(ア)')")
                .params(org)
                .update();
    }

    private StandardVersion importNins() {
        return signedIn.as(generalIso.accountId(), () -> standards.importVersion(Standards.shippedExample()));
    }

    private StandardVersion importSmall(String code) {
        String text = """
                第1章 総則
                1.1 目的
                (1) 本基準は、機構の情報セキュリティ対策の基準を定める。
                第2章 組織と体制
                2.1 体制
                (1) 機構に、最高情報セキュリティ責任者を置くこと。
                (2) 役職員等は、毎年度、情報セキュリティ教育を受講すること。
                """;
        return signedIn.as(
                generalIso.accountId(),
                () -> standards.importVersion(new StandardImport(
                        code, "試験用対策基準", "試験用の合成テキスト", code + ".txt", text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void importsTheNinsStandardWithTheParsersLocatorsAndRecordsIt() {
        StandardVersion version = importNins();
        assertThat(version.status()).isEqualTo(VersionStatus.DRAFT);
        assertThat(version.number()).isEqualTo(1);
        List<StandardClause> clauses = signedIn.as(staff.accountId(), () -> standards.clauses(version.id()));
        assertThat(clauses).hasSize(version.clauseCount()).hasSizeGreaterThan(300);
        assertThat(clauses).extracting(StandardClause::locator).contains("3.3(2)②(a)", "2.1(2)①[5]", "3.1(2)④(a)");
        StandardClause clause = clauses.stream()
                .filter(c -> c.locator().equals("3.3(2)②(a)"))
                .findFirst()
                .orElseThrow();
        assertThat(clause.parentLocator()).isEqualTo("3.3(2)②");
        assertThat(clause.line()).isPositive();
        assertThat(auditEvents("standard.version.imported", version.id())).isEqualTo(1);

        StandardVersion second = importNins();
        assertThat(second.documentId()).isEqualTo(version.documentId());
        assertThat(second.number()).isEqualTo(2);
    }

    @Test
    void refusesApprovalByThePersonWhoSubmitted() {
        StandardVersion version = importSmall("self-approval");
        StandardVersion submitted =
                signedIn.as(both.accountId(), () -> standards.submit(version.id(), version.version()));
        assertThat(submitted.status()).isEqualTo(VersionStatus.IN_REVIEW);
        assertThatThrownBy(() ->
                        signedIn.run(both.accountId(), () -> standards.approve(version.id(), submitted.version())))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(SeparationOfDuties.REFUSED);
        assertThat(signedIn.as(ciso.accountId(), () -> standards.version(version.id()))
                        .status())
                .isEqualTo(VersionStatus.IN_REVIEW);
    }

    @Test
    void runsDraftReviewApprovalAndForceAndSupersedesTheVersionInForce() {
        StandardVersion first = importSmall("lifecycle");
        StandardVersion inForce = approveAndPutInForce(first);
        assertThat(inForce.status()).isEqualTo(VersionStatus.IN_FORCE);
        assertThat(inForce.submittedByName()).isNotBlank();
        assertThat(inForce.approvedByName()).isNotBlank();

        StandardVersion second = importSmall("lifecycle");
        approveAndPutInForce(second);
        assertThat(signedIn.as(staff.accountId(), () -> standards.version(first.id()))
                        .status())
                .isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(auditEvents("standard.version.approved", first.id())).isEqualTo(1);
        assertThat(auditEvents("standard.version.superseded", first.id())).isEqualTo(1);

        // approving needs the CISO's permission; the 統括 may not
        StandardVersion third = importSmall("lifecycle");
        StandardVersion submitted =
                signedIn.as(generalIso.accountId(), () -> standards.submit(third.id(), third.version()));
        assertThatThrownBy(() ->
                        signedIn.run(generalIso.accountId(), () -> standards.approve(third.id(), submitted.version())))
                .isInstanceOf(dev.toitsu.shared.AccessDeniedException.class);
        // a stale version number is a conflict
        assertThatThrownBy(() -> signedIn.run(ciso.accountId(), () -> standards.approve(third.id(), third.version())))
                .isInstanceOf(ConflictException.class);
    }

    private StandardVersion approveAndPutInForce(StandardVersion version) {
        StandardVersion submitted =
                signedIn.as(generalIso.accountId(), () -> standards.submit(version.id(), version.version()));
        StandardVersion approved =
                signedIn.as(ciso.accountId(), () -> standards.approve(version.id(), submitted.version()));
        assertThat(approved.status()).isEqualTo(VersionStatus.APPROVED);
        return signedIn.as(ciso.accountId(), () -> standards.putInForce(version.id(), approved.version()));
    }

    @Test
    void suggestsConfirmsRejectsAndReportsCoverage() throws Exception {
        StandardVersion version = importNins();
        Standards.SuggestionSummary summary =
                signedIn.as(generalIso.accountId(), () -> standards.suggest(version.id(), EDITION));
        // the same figures as the command line's mapping of 003 onto 001 (docs/conformance.md)
        assertThat(summary.clauses()).isEqualTo(335);
        assertThat(summary.mapped()).isEqualTo(192);
        assertThat(summary.unmapped()).isEqualTo(143);
        assertThat(summary.flags()).isPositive();

        List<ClauseReview> worklist = signedIn.as(staff.accountId(), () -> standards.worklist(version.id(), EDITION));
        assertThat(worklist).hasSize(335);
        assertThat(worklist).filteredOn(ClauseReview::organizationSpecific).hasSize(143);
        assertThat(worklist).allSatisfy(r -> assertThat(r.mappings()).hasSizeLessThanOrEqualTo(5));
        assertThat(worklist).anySatisfy(r -> assertThat(r.flags()).isNotEmpty());

        CoverageReport before = signedIn.as(staff.accountId(), () -> standards.coverage(version.id(), EDITION));
        assertThat(before.requirements()).hasSize(449);
        assertThat(before.count(Coverage.COVERED)).isEqualTo(84);
        assertThat(before.count(Coverage.PARTIAL)).isEqualTo(58);
        assertThat(before.count(Coverage.UNCOVERED)).isEqualTo(307);
        assertThat(before.requirements().get(0).coverage()).isEqualTo(Coverage.UNCOVERED); // gaps first
        assertThat(before.sections().stream()
                        .mapToInt(CoverageReport.Section::total)
                        .sum())
                .isEqualTo(449);

        // a person confirms a partial requirement's mapping: covered, on their word
        CoverageReport.Line partial = before.requirements().stream()
                .filter(l -> l.coverage() == Coverage.PARTIAL)
                .findFirst()
                .orElseThrow();
        ClauseMapping toConfirm = mapping(worklist, partial.clauses().get(0), partial.requirementId());
        ClauseMapping confirmed = signedIn.as(
                generalIso.accountId(),
                () -> standards.confirm(version.id(), toConfirm.id(), toConfirm.version(), "条文を読んで確認"));
        assertThat(confirmed.status()).isEqualTo(MappingStatus.CONFIRMED);
        assertThat(confirmed.decidedBy()).isNotBlank();

        // rejecting the only covering clause of a covered requirement leaves it uncovered
        CoverageReport.Line covered = before.requirements().stream()
                .filter(l -> l.coverage() == Coverage.COVERED && l.clauses().size() == 1)
                .findFirst()
                .orElseThrow();
        ClauseMapping toReject = mapping(worklist, covered.clauses().get(0), covered.requirementId());
        signedIn.run(
                generalIso.accountId(),
                () -> standards.reject(version.id(), toReject.id(), toReject.version(), "別の規定"));

        // and a mapping added by hand covers an uncovered requirement
        CoverageReport.Line gap = before.requirements().get(0);
        String specificClause = worklist.stream()
                .filter(ClauseReview::organizationSpecific)
                .findFirst()
                .orElseThrow()
                .clause()
                .locator();
        ClauseMapping manual = signedIn.as(
                generalIso.accountId(),
                () -> standards.addMapping(version.id(), specificClause, EDITION, gap.requirementId(), null));
        assertThat(manual.status()).isEqualTo(MappingStatus.MANUAL);
        assertThatThrownBy(() -> signedIn.run(
                        generalIso.accountId(),
                        () -> standards.addMapping(version.id(), specificClause, EDITION, "9.9.9.9(9)(z)", null)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("standard.mapping.requirement.unknown");

        CoverageReport after = signedIn.as(staff.accountId(), () -> standards.coverage(version.id(), EDITION));
        assertThat(line(after, partial.requirementId()).coverage()).isEqualTo(Coverage.COVERED);
        assertThat(line(after, partial.requirementId()).confirmed()).isTrue();
        assertThat(line(after, covered.requirementId()).coverage()).isEqualTo(Coverage.UNCOVERED);
        assertThat(line(after, gap.requirementId()).coverage()).isEqualTo(Coverage.COVERED);
        assertThat(line(after, gap.requirementId()).clauses()).containsExactly(specificClause);
        assertThat(after.count(Coverage.COVERED)).isEqualTo(84 + 1 - 1 + 1);
        assertThat(signedIn.as(staff.accountId(), () -> standards.review(version.id(), EDITION, specificClause))
                        .organizationSpecific())
                .isFalse();
        assertThat(auditEvents("standard.mapping.confirmed", toConfirm.id())).isEqualTo(1);
        assertThat(auditEvents("standard.mapping.rejected", toReject.id())).isEqualTo(1);

        // re-running the suggestions keeps what people decided
        signedIn.run(generalIso.accountId(), () -> standards.suggest(version.id(), EDITION));
        CoverageReport rerun = signedIn.as(staff.accountId(), () -> standards.coverage(version.id(), EDITION));
        assertThat(line(rerun, partial.requirementId()).coverage()).isEqualTo(Coverage.COVERED);
        assertThat(line(rerun, covered.requirementId()).coverage()).isEqualTo(Coverage.UNCOVERED);

        // the 対応表 opens in POI with its three sheets
        byte[] xlsx = signedIn.as(staff.accountId(), () -> standards.coverageWorkbook(version.id(), EDITION));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("集計")).isNotNull();
            assertThat(workbook.getSheet("対応表").getLastRowNum()).isEqualTo(449);
            assertThat(workbook.getSheet("対応表").getRow(1).getCell(4).getStringCellValue())
                    .isEqualTo("未充足");
            assertThat(workbook.getSheet("条項").getLastRowNum()).isEqualTo(335);
        }
    }

    @Test
    void aStaleDecisionIsAConflictAndKeepsTheFirstOne() {
        StandardVersion version = importNins();
        signedIn.run(generalIso.accountId(), () -> standards.suggest(version.id(), EDITION));
        ClauseMapping first = signedIn.as(staff.accountId(), () -> standards.worklist(version.id(), EDITION)).stream()
                .filter(r -> !r.mappings().isEmpty())
                .findFirst()
                .orElseThrow()
                .mappings()
                .get(0);
        signedIn.run(generalIso.accountId(), () -> standards.confirm(version.id(), first.id(), first.version(), "先"));
        assertThatThrownBy(() -> signedIn.run(
                        both.accountId(), () -> standards.reject(version.id(), first.id(), first.version(), "後")))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code())
                .isEqualTo("error.conflict");
        ClauseMapping now = signedIn.as(staff.accountId(), () -> standards.worklist(version.id(), EDITION)).stream()
                .flatMap(r -> r.mappings().stream())
                .filter(m -> m.id().equals(first.id()))
                .findFirst()
                .orElseThrow();
        assertThat(now.status()).isEqualTo(MappingStatus.CONFIRMED);
        assertThat(now.note()).isEqualTo("先");
    }

    @Test
    void anotherOrganizationsVersionLooksAbsentAndStaffCannotChangeIt() {
        StandardVersion version = importSmall("isolation");
        TestPerson stranger =
                organizations.person(organizations.organization("他省"), "STAFF", Permission.DIRECTORY_READ);
        assertThatThrownBy(() -> signedIn.run(stranger.accountId(), () -> standards.version(version.id())))
                .isInstanceOf(dev.toitsu.shared.NotFoundException.class);
        assertThatThrownBy(
                        () -> signedIn.run(staff.accountId(), () -> standards.submit(version.id(), version.version())))
                .isInstanceOf(dev.toitsu.shared.AccessDeniedException.class);
    }

    private static ClauseMapping mapping(List<ClauseReview> worklist, String locator, String requirement) {
        return worklist.stream()
                .filter(r -> r.clause().locator().equals(locator))
                .flatMap(r -> r.mappings().stream())
                .filter(m -> m.requirementId().equals(requirement))
                .findFirst()
                .orElseThrow();
    }

    private static CoverageReport.Line line(CoverageReport report, String requirement) {
        return report.requirements().stream()
                .filter(l -> l.requirementId().equals(requirement))
                .findFirst()
                .orElseThrow();
    }

    private long auditEvents(String action, UUID subject) {
        return jdbc.sql("select count(*) from audit_event where action = ? and subject_id = ?")
                .params(action, subject.toString())
                .query(Long.class)
                .single();
    }
}
