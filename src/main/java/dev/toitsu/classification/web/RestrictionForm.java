package dev.toitsu.classification.web;

import dev.toitsu.classification.RestrictionDraft;

/** A handling restriction as the 統括 edits it. */
public class RestrictionForm {

    private String code;
    private String name;
    private String nameEn;
    private String description;
    private boolean needsDetail;
    private int sortOrder;
    private long version;

    RestrictionDraft draft() {
        return new RestrictionDraft(code, name, nameEn, description, needsDetail, sortOrder);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isNeedsDetail() {
        return needsDetail;
    }

    public void setNeedsDetail(boolean needsDetail) {
        this.needsDetail = needsDetail;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
