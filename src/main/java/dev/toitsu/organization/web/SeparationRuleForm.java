package dev.toitsu.organization.web;

import dev.toitsu.organization.SeparationRuleDraft;
import dev.toitsu.organization.SeparationRuleKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new line of the separation matrix. */
public class SeparationRuleForm {

    @NotNull(message = "{organization.separation.kind.required}")
    private SeparationRuleKind kind = SeparationRuleKind.ROLE_PAIR;

    @NotBlank(message = "{organization.separation.firstCode.required}")
    @Size(max = 80, message = "{organization.separation.firstCode.tooLong}")
    private String firstCode;

    @NotBlank(message = "{organization.separation.secondCode.required}")
    @Size(max = 80, message = "{organization.separation.secondCode.tooLong}")
    private String secondCode;

    @NotBlank(message = "{organization.separation.reason.required}")
    @Size(max = 1000, message = "{organization.separation.reason.tooLong}")
    private String reason;

    @Size(max = 1000, message = "{organization.separation.reasonEn.tooLong}")
    private String reasonEn;

    @Size(max = 100, message = "{organization.separation.clause.tooLong}")
    private String clause = "1.2.1.2";

    SeparationRuleDraft draft() {
        return new SeparationRuleDraft(kind, firstCode, secondCode, reason, reasonEn, clause);
    }

    public SeparationRuleKind getKind() {
        return kind;
    }

    public void setKind(SeparationRuleKind kind) {
        this.kind = kind;
    }

    public String getFirstCode() {
        return firstCode;
    }

    public void setFirstCode(String firstCode) {
        this.firstCode = firstCode;
    }

    public String getSecondCode() {
        return secondCode;
    }

    public void setSecondCode(String secondCode) {
        this.secondCode = secondCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getReasonEn() {
        return reasonEn;
    }

    public void setReasonEn(String reasonEn) {
        this.reasonEn = reasonEn;
    }

    public String getClause() {
        return clause;
    }

    public void setClause(String clause) {
        this.clause = clause;
    }
}
