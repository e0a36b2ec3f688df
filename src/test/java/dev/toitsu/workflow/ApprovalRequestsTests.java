package dev.toitsu.workflow;

import static dev.toitsu.workflow.WorkflowFixture.approve;
import static dev.toitsu.workflow.WorkflowFixture.exemption;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.exemption.ExemptionRecord;
import dev.toitsu.exemption.Exemptions;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.workflow.domain.Reminders;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ApprovalRequestsTests {

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    ApprovalRequests requests;

    @Autowired
    Delegations delegations;

    @Autowired
    Notifications notifications;

    @Autowired
    Exemptions exemptions;

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void theUnreadCountFollowsNewAndReadNotifications() {
        var w = fixture.world();
        long before = fixture.as(w.iso1(), () -> notifications.unreadCount());
        fixture.as(w.applicant(), () -> requests.create(exemption(today(), today().plusDays(30)), true));
        assertThat(fixture.as(w.iso1(), () -> notifications.unreadCount())).isEqualTo(before + 1);
        fixture.as(w.iso1(), () -> {
            notifications.markAllRead();
            return null;
        });
        assertThat(fixture.as(w.iso1(), () -> notifications.unreadCount())).isZero();
    }

    @Test
    void anExemptionApprovedWithConditionsIsRecordedInTheLedgerAndReportedToTheCiso() {
        var w = fixture.world();
        ApprovalRequest submitted =
                fixture.as(w.applicant(), () -> requests.create(exemption(today(), today().plusDays(30)), true));
        assertThat(submitted.state()).isEqualTo(RequestState.SUBMITTED);
        assertThat(submitted.number()).startsWith("EXEMPTION-");
        assertThat(fixture.as(w.iso1(), () -> requests.awaitingMe()))
                .extracting(ApprovalRequest::id)
                .contains(submitted.id());
        assertThat(fixture.as(w.iso1(), () -> notifications.mine()))
                .anySatisfy(n -> assertThat(n.title()).contains("決裁依頼"));

        Decision decision = fixture.as(
                w.iso1(),
                () -> requests.decide(
                        submitted.id(),
                        new DecisionDraft(
                                DecisionOutcome.APPROVED,
                                null,
                                "毎週、使用記録を課室情報セキュリティ責任者に提出すること",
                                null,
                                Map.of("measures", "暗号化機能付きUSBメモリ（機関支給）を使用し、使用後は直ちに消去する"),
                                null,
                                today().plusDays(14),
                                false,
                                submitted.version())));

        assertThat(decision.outcome()).isEqualTo(DecisionOutcome.APPROVED_WITH_CONDITIONS);
        ApprovalRequest approved = fixture.as(w.applicant(), () -> requests.get(submitted.id()));
        assertThat(approved.state()).isEqualTo(RequestState.APPROVED_WITH_CONDITIONS);
        assertThat(approved.approvedTo()).isEqualTo(today().plusDays(14));
        assertThat(approved.values().get("measures")).startsWith("暗号化機能付きUSBメモリを使用し"); // what was applied for
        assertThat(fixture.as(w.applicant(), () -> requests.verifySnapshot(submitted.id(), decision.id())))
                .isTrue();

        ExemptionRecord record = fixture.as(w.ciso(), () -> exemptions.record(submitted.id()));
        assertThat(record.granted()).isTrue();
        assertThat(record.approvedMeasures()).contains("機関支給");
        assertThat(record.approvedClause().display()).contains("5.1(1)③");
        assertThat(record.conditions()).contains("使用記録");
        assertThat(record.snapshotSha256()).isEqualTo(decision.snapshotSha256());
        assertThat(fixture.as(w.ciso(), () -> exemptions.reports()))
                .extracting(ExemptionRecord::requestId)
                .contains(submitted.id());
        assertThat(fixture.as(w.ciso(), () -> notifications.mine()))
                .anySatisfy(n -> assertThat(n.title()).contains("例外措置の審査記録"));
        assertThat(jdbc.sql("select count(*) from audit_event where organization_id = :o"
                                + " and action = 'workflow.request.approved' and subject_id = :id")
                        .param("o", w.organizationId())
                        .param("id", submitted.id().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void rejectsApprovalByTheApplicant() {
        var w = fixture.world();
        // the applicant holds the approver role too: another holder decides, never the applicant
        var applyingOfficer = fixture.person(w, "ISO");
        ApprovalRequest r =
                fixture.as(applyingOfficer, () -> requests.create(exemption(today(), today().plusDays(5)), true));

        assertThat(fixture.as(applyingOfficer, () -> requests.awaitingMe()))
                .extracting(ApprovalRequest::id)
                .doesNotContain(r.id());
        assertThatThrownBy(() -> fixture.as(applyingOfficer, () -> requests.decide(r.id(), approve(r.version()))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("workflow.decision.ownRequest");
        assertThat(fixture.as(applyingOfficer, () -> requests.detail(r.id())).canDecide())
                .isFalse();
    }

    @Test
    void noSelfApprovalThroughDelegation() {
        var w = fixture.world();
        ApprovalRequest r =
                fixture.as(w.applicant(), () -> requests.create(exemption(today(), today().plusDays(5)), true));
        // both approvers hand their authority to the applicant
        fixture.as(
                w.iso1(),
                () -> delegations.delegate(
                        new DelegationDraft(w.applicant().personId(), today(), today().plusDays(3), "出張")));

        assertThatThrownBy(() -> fixture.as(w.applicant(), () -> requests.decide(r.id(), approve(r.version()))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("workflow.decision.ownRequest");

        // an applicant who holds the role and delegates it: the delegate may not decide on their behalf
        var applyingOfficer = fixture.person(w, "ISO");
        ApprovalRequest own =
                fixture.as(applyingOfficer, () -> requests.create(exemption(today(), today().plusDays(5)), true));
        var colleague = fixture.person(w, "STAFF");
        fixture.as(
                applyingOfficer,
                () -> delegations.delegate(
                        new DelegationDraft(colleague.personId(), today(), today().plusDays(3), "休暇")));
        assertThatThrownBy(() -> fixture.as(colleague, () -> requests.decide(own.id(), approve(own.version()))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("workflow.decision.ownRequest");
    }

    @Test
    void aDelegateDecidesForTheAbsentApproverAndTheDecisionNamesBoth() {
        var w = fixture.world();
        var delegate = fixture.person(w, "STAFF");
        fixture.as(
                w.iso1(),
                () -> delegations.delegate(
                        new DelegationDraft(delegate.personId(), today(), today().plusDays(3), "出張")));
        ApprovalRequest r =
                fixture.as(w.applicant(), () -> requests.create(exemption(today(), today().plusDays(5)), true));

        assertThat(fixture.as(delegate, () -> requests.awaitingMe()))
                .extracting(ApprovalRequest::id)
                .contains(r.id());
        Decision d = fixture.as(delegate, () -> requests.decide(r.id(), approve(r.version())));
        assertThat(d.onBehalfOfId()).isEqualTo(w.iso1().personId());
        assertThat(d.decidedById()).isEqualTo(delegate.personId());
    }

    @Test
    void strangersAndOtherOrganizationsSeeNothing() {
        var w = fixture.world();
        var other = fixture.world();
        ApprovalRequest r =
                fixture.as(w.applicant(), () -> requests.create(exemption(today(), today().plusDays(5)), true));
        var stranger = fixture.person(w, "STAFF");

        assertThatThrownBy(() -> fixture.as(stranger, () -> requests.get(r.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixture.as(other.iso1(), () -> requests.decide(r.id(), approve(r.version()))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixture.as(stranger, () -> requests.decide(r.id(), approve(r.version()))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aConflictedApproverEscalatesToTheSuperior() {
        var w = fixture.world();
        ApprovalRequest r =
                fixture.as(w.applicant(), () -> requests.create(exemption(today(), today().plusDays(5)), true));
        ApprovalRequest escalated = fixture.as(w.iso1(), () -> requests.escalate(r.id(), r.version()));
        assertThat(escalated.stepAssigneeId()).isEqualTo(w.ciso().personId());
        // only the superior decides now
        assertThatThrownBy(() -> fixture.as(w.iso2(), () -> requests.decide(r.id(), approve(escalated.version()))))
                .isInstanceOf(RuntimeException.class);
        Decision d = fixture.as(w.ciso(), () -> requests.decide(r.id(), approve(escalated.version())));
        assertThat(d.escalated()).isTrue();
    }

    @Test
    void theOnlyApproverBeingTheApplicantSendsTheRequestToTheirSuperior() {
        var w = fixture.world();
        jdbc.sql("update person set superior_id = :s where id = :p")
                .param("s", w.ciso().personId())
                .param("p", w.section().personId())
                .update();
        ApprovalRequest r = fixture.as(
                w.section(),
                () -> requests.create(
                        new RequestDraft(
                                "TAKE_OUT",
                                null,
                                Map.of(
                                        "item", "モバイル端末",
                                        "destination", "海外出張",
                                        "information", "会議資料",
                                        "confidentiality", "機密性2"),
                                today(),
                                today().plusDays(3),
                                false,
                                null),
                        true));
        assertThat(r.stepAssigneeId()).isEqualTo(w.ciso().personId()); // 001 1.2.1.2(2)
        assertThat(fixture.as(w.ciso(), () -> requests.awaitingMe()))
                .extracting(ApprovalRequest::id)
                .contains(r.id());
    }

    @Test
    void aReturnedRequestIsCorrectedAndSubmittedAgain() {
        var w = fixture.world();
        ApprovalRequest r =
                fixture.as(w.applicant(), () -> requests.create(exemption(today(), today().plusDays(5)), true));
        fixture.as(
                w.iso1(),
                () -> requests.decide(
                        r.id(),
                        new DecisionDraft(
                                DecisionOutcome.RETURNED,
                                "代替手段を具体的に",
                                null,
                                null,
                                null,
                                null,
                                null,
                                false,
                                r.version())));
        ApprovalRequest returned = fixture.as(w.applicant(), () -> requests.get(r.id()));
        assertThat(returned.state()).isEqualTo(RequestState.RETURNED);
        ApprovalRequest revised = fixture.as(
                w.applicant(),
                () -> requests.revise(r.id(), returned.version(), exemption(today(), today().plusDays(4))));
        ApprovalRequest again = fixture.as(w.applicant(), () -> requests.submit(r.id(), revised.version()));
        assertThat(again.state()).isEqualTo(RequestState.SUBMITTED);
        assertThat(again.periodTo()).isEqualTo(today().plusDays(4));
        // the approver who returned it may decide the new round
        fixture.as(w.iso1(), () -> requests.decide(r.id(), approve(again.version())));
    }

    @Test
    void aPersonalDeviceNeedsEveryCheckAndTwoDifferentApprovers() {
        var w = fixture.world();
        ApprovalRequest r = fixture.as(
                w.applicant(),
                () -> requests.create(
                        new RequestDraft(
                                "PERSONAL_DEVICE",
                                null,
                                Map.of(
                                        "maker", "Example",
                                        "model", "X1",
                                        "osName", "Android",
                                        "osVersion", "15",
                                        "purpose", "出張時の連絡",
                                        "information", "メール",
                                        "confidentiality", "機密性2",
                                        "mainPlace", "出張先",
                                        "networkService", "携帯電話回線"),
                                today(),
                                today().plusDays(90),
                                false,
                                null),
                        true));
        assertThat(r.stepRoleCode()).isEqualTo("SECTION_ISO");
        DecisionDraft partial = new DecisionDraft(
                DecisionOutcome.APPROVED, null, null, Set.of("antivirus"), null, null, null, false, r.version());
        assertThatThrownBy(() -> fixture.as(w.section(), () -> requests.decide(r.id(), partial)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("workflow.decision.checks.incomplete");
        Set<String> all =
                Set.of("antivirus", "noFileSharing", "screenLock", "remoteWipe", "osAllowed", "trainingTaken");
        fixture.as(
                w.section(),
                () -> requests.decide(
                        r.id(),
                        new DecisionDraft(
                                DecisionOutcome.APPROVED, null, null, all, null, null, null, false, r.version())));
        ApprovalRequest second = fixture.as(w.applicant(), () -> requests.get(r.id()));
        assertThat(second.state()).isEqualTo(RequestState.SUBMITTED);
        assertThat(second.stepRoleCode()).isEqualTo("ISO");
        fixture.as(
                w.iso1(),
                () -> requests.decide(
                        r.id(),
                        new DecisionDraft(
                                DecisionOutcome.APPROVED, null, null, all, null, null, null, false, second.version())));
        assertThat(fixture.as(w.applicant(), () -> requests.get(r.id())).state())
                .isEqualTo(RequestState.APPROVED);
    }

    @Test
    void aThirdLevelClassificationIsNotOfferedForPersonalDevices() {
        var w = fixture.world();
        assertThatThrownBy(() -> fixture.as(
                        w.applicant(),
                        () -> requests.create(
                                new RequestDraft(
                                        "PERSONAL_DEVICE",
                                        null,
                                        Map.of("confidentiality", "機密性3"),
                                        today(),
                                        today(),
                                        false,
                                        null),
                                false)))
                .isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("confidentiality");
    }

    @Test
    void aPastStartNeedsAPostHocApplicationWithItsReason() {
        var w = fixture.world();
        assertThatThrownBy(() -> fixture.as(
                        w.applicant(),
                        () -> requests.create(exemption(today().minusDays(2), today().plusDays(2)), true)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("workflow.request.periodFrom.past");
        RequestDraft base = exemption(today().minusDays(2), today().plusDays(2));
        java.util.Map<String, String> values = new java.util.HashMap<>(base.values());
        values.put("postHocReason", "障害対応のため直ちに代替手段を講じる必要があった");
        ApprovalRequest r = fixture.as(
                w.applicant(),
                () -> requests.create(
                        new RequestDraft(
                                base.typeCode(), base.title(), values, base.periodFrom(), base.periodTo(), true, null),
                        true));
        assertThat(r.postHoc()).isTrue();
    }

    @Test
    void theEndOfThePeriodIsChasedThenExpiresAndTheReportClosesIt() {
        var w = fixture.world();
        ApprovalRequest r =
                fixture.as(w.applicant(), () -> requests.create(exemption(today(), today().plusDays(3)), true));
        fixture.as(w.iso1(), () -> requests.decide(r.id(), approve(r.version())));

        reminders.run(today().plusDays(3)); // the end date: the approver checks, the holder is asked
        assertThat(fixture.as(w.iso1(), () -> notifications.mine()))
                .anySatisfy(n -> assertThat(n.title()).contains("終了報告の確認"));
        reminders.run(today().plusDays(4)); // the day after: expired, still awaiting the report
        ApprovalRequest expired = fixture.as(w.applicant(), () -> requests.get(r.id()));
        assertThat(expired.state()).isEqualTo(RequestState.EXPIRED);
        assertThat(fixture.as(w.ciso(), () -> exemptions.record(r.id())).status(today().plusDays(4)))
                .isEqualTo(ExemptionRecord.Status.END_REPORT_OVERDUE);

        ApprovalRequest closed =
                fixture.as(w.applicant(), () -> requests.reportEnd(r.id(), expired.version(), "USBメモリを返却し消去した"));
        assertThat(closed.state()).isEqualTo(RequestState.CLOSED);
        assertThat(fixture.as(w.ciso(), () -> exemptions.record(r.id())).endReason())
                .isEqualTo("REPORTED");
        int again = reminders.run(today().plusDays(4));
        assertThat(again).isZero(); // nothing is sent twice
    }

    @Test
    void theCatalogRequirementOfAnExemptionMustExist() {
        var w = fixture.world();
        RequestDraft base = exemption(today(), today().plusDays(5));
        java.util.Map<String, String> values = new java.util.HashMap<>(base.values());
        values.put("requirementId", "nisc-legacy:9.9.9.9(9)(z)");
        RequestDraft unknown = new RequestDraft(
                base.typeCode(), base.title(), values, base.periodFrom(), base.periodTo(), false, null);
        assertThatThrownBy(() -> fixture.as(w.applicant(), () -> requests.create(unknown, true)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("exemption.requirementId.unknown");
        values.put("requirementId", "1.2.1.3");
        RequestDraft malformed = new RequestDraft(
                base.typeCode(), base.title(), values, base.periodFrom(), base.periodTo(), false, null);
        assertThatThrownBy(() -> fixture.as(w.applicant(), () -> requests.create(malformed, true)))
                .hasMessageContaining("exemption.requirementId.format");
    }

    @Test
    void attachmentsAreLimitedHashedAndKept() {
        var w = fixture.world();
        ApprovalRequest r =
                fixture.as(w.applicant(), () -> requests.create(exemption(today(), today().plusDays(5)), true));
        Attachment a = fixture.as(
                w.applicant(),
                () -> requests.attach(
                        r.id(), "構成図.pdf", "%PDF-1.4 test".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(a.sha256()).hasSize(64);
        assertThat(a.contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> fixture.as(w.applicant(), () -> requests.attach(r.id(), "run.exe", new byte[] {1})))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("workflow.attachment.type.notAllowed");
        assertThat(fixture.as(w.iso1(), () -> requests.attachment(r.id(), a.id()))
                        .content())
                .isEqualTo("%PDF-1.4 test".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void decisionsCannotBeRewritten() {
        var w = fixture.world();
        ApprovalRequest r =
                fixture.as(w.applicant(), () -> requests.create(exemption(today(), today().plusDays(5)), true));
        fixture.as(w.iso1(), () -> requests.decide(r.id(), approve(r.version())));
        assertThatThrownBy(() -> jdbc.sql("update request_decision set reason = 'x' where request_id = :id")
                        .param("id", r.id())
                        .update())
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> fixture.as(w.iso2(), () -> requests.decide(r.id(), approve(r.version()))))
                .isInstanceOf(ConflictException.class);
    }
}
