package dev.toitsu.organization.web;

import dev.toitsu.organization.Unit;
import dev.toitsu.organization.UnitDraft;
import dev.toitsu.organization.UnitKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The unit form (create and edit). A class with setters: Thymeleaf binds {@code *{field}} through getters. */
public class UnitForm {

    private UUID parentId;

    @NotBlank(message = "{organization.unit.code.required}")
    @Size(max = 40, message = "{organization.unit.code.tooLong}")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{organization.unit.code.invalid}")
    private String code;

    @NotBlank(message = "{organization.unit.name.required}")
    @Size(max = 200, message = "{organization.unit.name.tooLong}")
    private String name;

    @Size(max = 200, message = "{organization.unit.nameEn.tooLong}")
    private String nameEn;

    @NotNull(message = "{organization.unit.kind.required}")
    private UnitKind kind = UnitKind.DIVISION;

    private int sortOrder;
    private long version;

    static UnitForm of(Unit unit) {
        UnitForm form = new UnitForm();
        form.parentId = unit.parentId();
        form.code = unit.code();
        form.name = unit.name();
        form.nameEn = unit.nameEn();
        form.kind = unit.kind();
        form.sortOrder = unit.sortOrder();
        form.version = unit.version();
        return form;
    }

    UnitDraft draft() {
        return new UnitDraft(parentId, code, name, nameEn, kind, sortOrder);
    }

    public UUID getParentId() {
        return parentId;
    }

    public void setParentId(UUID parentId) {
        this.parentId = parentId;
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

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
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
