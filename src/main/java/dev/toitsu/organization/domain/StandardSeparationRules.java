package dev.toitsu.organization.domain;

import dev.toitsu.organization.SeparationRuleDraft;
import dev.toitsu.organization.SeparationRuleKind;
import java.util.List;

/** The separation matrix every new organization starts from (001 1.2.1.2); organizations add their own lines. */
public final class StandardSeparationRules {

    private static final String APPLICANT_APPROVER = "1.2.1.2(1)(a)(ア)";
    private static final String AUDITEE_AUDITOR = "1.2.1.2(1)(a)(イ)、1.2.3.2(4)(a)";

    public static final List<SeparationRuleDraft> ALL = List.of(
            new SeparationRuleDraft(
                    SeparationRuleKind.ROLE_PAIR,
                    StandardRoles.AUDITOR,
                    StandardRoles.ISO,
                    "監査実施者は被監査部門から独立した者でなければならず、同じ部局等の情報セキュリティ責任者を兼ねることはできません",
                    "An auditor must be independent of the audited unit and cannot be its information security officer",
                    AUDITEE_AUDITOR),
            new SeparationRuleDraft(
                    SeparationRuleKind.ROLE_PAIR,
                    StandardRoles.AUDITOR,
                    StandardRoles.SECTION_ISO,
                    "監査実施者は被監査部門から独立した者でなければならず、同じ課室の課室情報セキュリティ責任者を兼ねることはできません",
                    "An auditor must be independent of the audited unit and cannot be its section information"
                            + " security officer",
                    AUDITEE_AUDITOR),
            new SeparationRuleDraft(
                    SeparationRuleKind.ROLE_PAIR,
                    StandardRoles.AUDIT_CHIEF,
                    StandardRoles.GENERAL_ISO,
                    "情報セキュリティ監査責任者は、監査を受ける統括情報セキュリティ責任者を兼ねることはできません",
                    "The chief auditor cannot also be the general information security officer, who is audited",
                    AUDITEE_AUDITOR),
            new SeparationRuleDraft(
                    SeparationRuleKind.ROLE_PAIR,
                    StandardRoles.AUDIT_CHIEF,
                    StandardRoles.CISO,
                    "情報セキュリティ監査責任者は、監査計画を承認し監査結果の報告を受ける最高情報セキュリティ責任者を兼ねることはできません",
                    "The chief auditor cannot also be the CISO, who approves the audit plan and receives the report",
                    AUDITEE_AUDITOR),
            new SeparationRuleDraft(
                    SeparationRuleKind.ACTION_PAIR,
                    "request.apply",
                    "request.decide",
                    "承認又は許可の申請者と、その承認者又は許可者を同じ者が兼ねることはできません",
                    "The applicant of an approval or permission cannot also decide on it",
                    APPLICANT_APPROVER),
            new SeparationRuleDraft(
                    SeparationRuleKind.ACTION_PAIR,
                    "standard.submit",
                    "standard.approve",
                    "対策基準の版を審議に付した者は、その版を承認することはできません",
                    "The person who submitted a version of the standard cannot approve it",
                    APPLICANT_APPROVER),
            new SeparationRuleDraft(
                    SeparationRuleKind.ACTION_PAIR,
                    "exemption.apply",
                    "exemption.decide",
                    "例外措置の申請者と、その許可権限者を同じ者が兼ねることはできません",
                    "The applicant of an exemption cannot also grant it",
                    APPLICANT_APPROVER + "、1.2.1.3"),
            new SeparationRuleDraft(
                    SeparationRuleKind.ACTION_PAIR,
                    SeparationPolicy.AUDITEE,
                    "audit.perform",
                    "監査実施者は被監査部門から独立した者でなければならず、自らが属する部門を監査することはできません",
                    "An auditor must be independent of the audited unit and cannot audit their own unit",
                    AUDITEE_AUDITOR));

    private StandardSeparationRules() {}
}
