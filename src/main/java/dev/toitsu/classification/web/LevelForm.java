package dev.toitsu.classification.web;

import dev.toitsu.classification.Axis;
import dev.toitsu.classification.LevelDraft;

/** A level of the scheme as the 統括 edits it. */
public class LevelForm {

    private Axis axis = Axis.CONFIDENTIALITY;
    private String code;
    private int rank = 1;
    private String name;
    private String label;
    private String nameEn;
    private String criteria;
    private String handling;
    private String examples;
    private boolean protectedLevel;
    private long version;

    LevelDraft draft() {
        return new LevelDraft(axis, code, rank, name, label, nameEn, criteria, handling, examples, protectedLevel);
    }

    public Axis getAxis() {
        return axis;
    }

    public void setAxis(Axis axis) {
        this.axis = axis;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public int getRank() {
        return rank;
    }

    public void setRank(int rank) {
        this.rank = rank;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getCriteria() {
        return criteria;
    }

    public void setCriteria(String criteria) {
        this.criteria = criteria;
    }

    public String getHandling() {
        return handling;
    }

    public void setHandling(String handling) {
        this.handling = handling;
    }

    public String getExamples() {
        return examples;
    }

    public void setExamples(String examples) {
        this.examples = examples;
    }

    public boolean isProtectedLevel() {
        return protectedLevel;
    }

    public void setProtectedLevel(boolean protectedLevel) {
        this.protectedLevel = protectedLevel;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
