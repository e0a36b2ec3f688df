package dev.toitsu.classification;

import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.classification.domain.ClassificationAccess;
import dev.toitsu.classification.domain.NinsTransmissionTable;
import dev.toitsu.classification.domain.RuleTableRepository;
import dev.toitsu.classification.domain.SchemeRepository;
import dev.toitsu.classification.domain.TransmissionPolicy;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule tables of the organization and the question every 職員等 asks of them: may I send this, this way, to
 * there? Before the scheme is adopted, the NINS 別表 (limited to the government levels) answers, marked as the
 * default.
 */
@Service
@Transactional
public class TransmissionRules {

    private final RuleTableRepository tables;
    private final SchemeRepository schemes;
    private final AuditTrail auditTrail;

    TransmissionRules(RuleTableRepository tables, SchemeRepository schemes, AuditTrail auditTrail) {
        this.tables = tables;
        this.schemes = schemes;
        this.auditTrail = auditTrail;
    }

    @Transactional(readOnly = true)
    public List<RuleTable> tables() {
        Actor actor = ClassificationAccess.reader();
        UUID org = actor.organizationId();
        List<String> codes = tables.codes(org);
        if (codes.isEmpty()) {
            return List.of(defaultTable());
        }
        return codes.stream().map(c -> tables.find(org, c).orElseThrow()).toList();
    }

    @Transactional(readOnly = true)
    public RuleTable table(String code) {
        Actor actor = ClassificationAccess.reader();
        return find(actor.organizationId(), code);
    }

    /** The answer with the rule, its source clause and every note that touches it. */
    @Transactional(readOnly = true)
    public TransmissionVerdict check(TransmissionQuestion question) {
        Actor actor = ClassificationAccess.reader();
        if (question.levelCode() == null || question.channelCode() == null || question.destinationCode() == null) {
            throw new DomainException("classification.check.incomplete");
        }
        RuleTable table = find(actor.organizationId(), question.tableCode());
        if (table.channels().stream().noneMatch(c -> c.code().equals(question.channelCode()))) {
            throw new DomainException("classification.check.channel.unknown", question.channelCode());
        }
        if (table.destinations().stream().noneMatch(d -> d.code().equals(question.destinationCode()))) {
            throw new DomainException("classification.check.destination.unknown", question.destinationCode());
        }
        return TransmissionPolicy.decide(
                table,
                new TransmissionQuestion(
                        table.code(), question.levelCode(), question.channelCode(), question.destinationCode()));
    }

    /** Changes one cell of a table (the 統括 keeps the table in step with the organization's rules). */
    public RuleTable reviseRule(
            String tableCode, long version, String level, String channel, String destination, RuleDraft draft) {
        Actor actor = ClassificationAccess.administrator();
        UUID org = actor.organizationId();
        RuleTable table = tables.find(org, tableCode).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (schemes.find(org).flatMap(s -> s.level(Axis.CONFIDENTIALITY, level)).isEmpty()) {
            throw new DomainException("classification.grading.confidentiality.unknown", level);
        }
        if (table.channels().stream().noneMatch(c -> c.code().equals(channel))
                || table.destinations().stream().noneMatch(d -> d.code().equals(destination))) {
            throw new NotFoundException("error.notFound");
        }
        if (draft.decision() == null || draft.decision() == Decision.NOT_COVERED) {
            throw new DomainException("classification.rule.decision.required");
        }
        String text = Classification.required(draft.cellText(), 1000, "classification.rule.cellText");
        RuleDraft clean = new RuleDraft(
                draft.decision(),
                Objects.requireNonNullElse(draft.conditions(), List.<String>of()).stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList(),
                text,
                Classification.optional(draft.interpretation(), 2000));
        Optional<TransmissionRule> before = table.rule(level, channel, destination);
        tables.reviseRule(org, tableCode, version, level, channel, destination, clean);
        auditTrail.record(AuditRecord.of(
                        org,
                        "classification.rule.revised",
                        "transmission-rule",
                        tableCode + ":" + level + ":" + channel + ":" + destination,
                        "送信・共有の規則を変更: " + table.title() + " " + level + "/" + channel + "/" + destination)
                .withBefore(before.map(TransmissionRules::state).orElse(null))
                .withAfter(state(new TransmissionRule(
                        level, channel, destination, clean.decision(), clean.conditions(), clean.cellText(), null))));
        return tables.find(org, tableCode).orElseThrow();
    }

    private RuleTable find(UUID org, String code) {
        if (code == null || code.isBlank()) {
            List<String> codes = tables.codes(org);
            return codes.isEmpty()
                    ? defaultTable()
                    : tables.find(org, codes.get(0)).orElseThrow();
        }
        return tables.find(org, code)
                .or(() -> code.equals(NinsTransmissionTable.CODE)
                                && tables.codes(org).isEmpty()
                        ? Optional.of(defaultTable())
                        : Optional.empty())
                .orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    private static RuleTable defaultTable() {
        return NinsTransmissionTable.table(java.util.Set.of("C1", "C2", "C3"));
    }

    private static Map<String, Object> state(TransmissionRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decision", r.decision().name());
        m.put("conditions", r.conditions());
        m.put("cellText", r.cellText());
        return m;
    }
}
