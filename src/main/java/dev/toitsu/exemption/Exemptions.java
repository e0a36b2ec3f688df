package dev.toitsu.exemption;

import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.exemption.domain.ExemptionFields;
import dev.toitsu.exemption.domain.ExemptionRepository;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import dev.toitsu.workflow.ApprovalRequest;
import dev.toitsu.workflow.ApprovalRequests;
import dev.toitsu.workflow.RequestDraft;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 例外措置: apply (the request goes through the workflow engine as type EXEMPTION, whose route names the 許可権限者),
 * read one 審査記録, the ledger for the CISO and the auditors (EXEMPTION_LEDGER_READ), and the reports to the CISO
 * with their acknowledgement (CISO_REPORT_RECEIVE).
 */
@Service
@Transactional
public class Exemptions {

    private final ApprovalRequests requests;
    private final ExemptionRepository records;
    private final AuditTrail audit;

    Exemptions(ApprovalRequests requests, ExemptionRepository records, AuditTrail audit) {
        this.requests = requests;
        this.records = records;
        this.audit = audit;
    }

    /** Applies (001 1.2.1.3(2)(b)) and submits to the 許可権限者; {@code submit=false} keeps a draft. */
    public ApprovalRequest apply(ExemptionApplication application, boolean submit) {
        ClauseReference clause =
                Objects.requireNonNullElse(application.clause(), new ClauseReference(null, null, null));
        Map<String, String> values = new LinkedHashMap<>();
        put(values, ExemptionFields.REGULATION, clause.regulation());
        put(values, ExemptionFields.CLAUSE, clause.clause());
        put(values, ExemptionFields.REQUIREMENT, clause.requirementId());
        put(values, ExemptionFields.SYSTEMS, ExemptionFields.systemsText(application.systemIds()));
        put(values, ExemptionFields.MEASURES, application.measures());
        put(values, ExemptionFields.END_REPORT_METHOD, application.endReportMethod());
        put(values, ExemptionFields.REASON, application.reason());
        put(values, ExemptionFields.POST_HOC_REASON, application.postHocReason());
        String title = application.title() == null || application.title().isBlank()
                ? "例外措置: " + Objects.toString(clause.regulation(), "") + " " + Objects.toString(clause.clause(), "")
                : application.title();
        return requests.create(
                new RequestDraft(
                        ExemptionFields.TYPE,
                        title.strip(),
                        values,
                        application.periodFrom(),
                        application.periodTo(),
                        application.postHoc(),
                        application.contact()),
                submit);
    }

    /**
     * One 審査記録: for ledger readers and report receivers, the applicant and the reviewer. Others (and other
     * organizations) get 404.
     */
    @Transactional(readOnly = true)
    public ExemptionRecord record(UUID id) {
        Actor actor = Actors.current();
        ExemptionRecord record =
                records.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
        boolean party = record.applicantId().equals(actor.personId())
                || records.reviewerOf(id)
                        .filter(r -> r.equals(actor.personId()))
                        .isPresent();
        if (!party && !actor.can(Permission.EXEMPTION_LEDGER_READ) && !actor.can(Permission.CISO_REPORT_RECEIVE)) {
            throw new NotFoundException("error.notFound");
        }
        return record;
    }

    /** 001 1.2.1.3(2)(f): the ledger. {@code granted} null: both; {@code fiscalYear} of the decision. */
    @Transactional(readOnly = true)
    public List<ExemptionRecord> ledger(Boolean granted, Integer fiscalYear, String text) {
        Actor actor = Actors.require(Permission.EXEMPTION_LEDGER_READ);
        return records.ledger(actor.organizationId(), granted, fiscalYear, text);
    }

    /** 001 1.2.1.3(2)(c): the records reported to the CISO, unacknowledged first. */
    @Transactional(readOnly = true)
    public List<ExemptionRecord> reports() {
        Actor actor = Actors.require(Permission.CISO_REPORT_RECEIVE);
        return records.unacknowledged(actor.organizationId());
    }

    /** The CISO (or deputy) confirms having received the report. */
    public ExemptionRecord acknowledge(UUID id, long version) {
        Actor actor = Actors.require(Permission.CISO_REPORT_RECEIVE);
        if (!actor.canOrganizationWide(Permission.CISO_REPORT_RECEIVE)) {
            throw new AccessDeniedException("error.forbidden");
        }
        ExemptionRecord current =
                records.find(actor.organizationId(), id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!records.acknowledge(actor.organizationId(), id, version, actor.displayName())) {
            throw new ConflictException("error.conflict");
        }
        audit.record(AuditRecord.of(
                        actor.organizationId(),
                        "exemption.review-record.acknowledged",
                        "exemption",
                        id,
                        "CISOが例外措置の審査記録の報告を確認: " + current.number())
                .withBefore(Map.of("acknowledged", false))
                .withAfter(Map.of("acknowledged", true, "by", actor.displayName())));
        return records.find(actor.organizationId(), id).orElseThrow();
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }
}
