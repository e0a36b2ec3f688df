package dev.toitsu.workflow;

import dev.toitsu.shared.Permission;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fresh organization with an applicant, two information security officers (the EXEMPTION route's approvers), a
 * section officer and a CISO; each test gets its own, so tests neither collide nor see demo data.
 */
@Component
class WorkflowFixture {

    private final TestOrganizations organizations;
    private final SignedIn signedIn;
    private final JdbcClient jdbc;

    WorkflowFixture(TestOrganizations organizations, SignedIn signedIn, JdbcClient jdbc) {
        this.organizations = organizations;
        this.signedIn = signedIn;
        this.jdbc = jdbc;
    }

    record World(
            UUID organizationId,
            TestPerson applicant,
            TestPerson iso1,
            TestPerson iso2,
            TestPerson section,
            TestPerson ciso) {}

    World world() {
        UUID org = organizations.organization(
                "ワークフロー試験省" + UUID.randomUUID().toString().substring(0, 6));
        TestPerson applicant = organizations.person(org, "STAFF", Permission.DIRECTORY_READ);
        TestPerson iso1 = organizations.person(
                org, "ISO", Permission.DIRECTORY_READ, Permission.REQUEST_REGISTER_READ, Permission.VIOLATION_HANDLE);
        TestPerson iso2 = organizations.person(org, "ISO");
        TestPerson section = organizations.person(org, "SECTION_ISO", Permission.DIRECTORY_READ);
        TestPerson ciso = organizations.person(
                org,
                "CISO",
                Permission.DIRECTORY_READ,
                Permission.EXEMPTION_LEDGER_READ,
                Permission.CISO_REPORT_RECEIVE,
                Permission.REQUEST_REGISTER_READ,
                Permission.WORKFLOW_ADMINISTER);
        // the applicant's superior is the CISO (escalation target)
        jdbc.sql("update person set superior_id = :s where id = :p")
                .param("s", ciso.personId())
                .param("p", applicant.personId())
                .update();
        jdbc.sql("update person set superior_id = :s where id in (:p)")
                .param("s", ciso.personId())
                .param("p", java.util.List.of(iso1.personId(), iso2.personId()))
                .update();
        return new World(org, applicant, iso1, iso2, section, ciso);
    }

    TestPerson person(World world, String role, Permission... permissions) {
        return organizations.person(world.organizationId(), role, permissions);
    }

    <T> T as(TestPerson person, Supplier<T> work) {
        return signedIn.as(person.accountId(), work);
    }

    static RequestDraft exemption(LocalDate from, LocalDate to) {
        return new RequestDraft(
                "EXEMPTION",
                "USBメモリの使用",
                Map.of(
                        "regulation", "情報セキュリティ対策基準",
                        "clause", "5.1(1)③",
                        "requirementId", "nisc-legacy:1.2.1.3(2)(b)",
                        "measures", "暗号化機能付きUSBメモリを使用し、使用後は直ちに消去する",
                        "endReportMethod", "電子メールで許可権限者に報告する",
                        "reason", "外部機関とのデータ授受のため"),
                from,
                to,
                false,
                null);
    }

    static DecisionDraft approve(long version) {
        return new DecisionDraft(DecisionOutcome.APPROVED, null, null, null, null, null, null, false, version);
    }
}
