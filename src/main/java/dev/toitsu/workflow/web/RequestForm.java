package dev.toitsu.workflow.web;

import dev.toitsu.workflow.ApprovalRequest;
import dev.toitsu.workflow.RequestDraft;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** The generic application form: the type's fields as {@code values[key]}, the period and the emergency flag. */
public class RequestForm {

    private String typeCode;
    private String title;
    private Map<String, String> values = new HashMap<>();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodTo;

    private boolean postHoc;
    private String contact;
    private long version;

    static RequestForm of(ApprovalRequest r) {
        RequestForm form = new RequestForm();
        form.typeCode = r.typeCode();
        form.title = r.title();
        form.values = new HashMap<>(r.values());
        form.periodFrom = r.periodFrom();
        form.periodTo = r.periodTo();
        form.postHoc = r.postHoc();
        form.contact = r.applicantContact();
        form.version = r.version();
        return form;
    }

    RequestDraft draft() {
        return new RequestDraft(typeCode, title, values, periodFrom, periodTo, postHoc, contact);
    }

    public String getTypeCode() {
        return typeCode;
    }

    public void setTypeCode(String typeCode) {
        this.typeCode = typeCode;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public void setValues(Map<String, String> values) {
        this.values = values;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public boolean isPostHoc() {
        return postHoc;
    }

    public void setPostHoc(boolean postHoc) {
        this.postHoc = postHoc;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
