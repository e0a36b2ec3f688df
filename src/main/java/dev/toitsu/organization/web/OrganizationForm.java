package dev.toitsu.organization.web;

import dev.toitsu.organization.OrganizationDraft;
import dev.toitsu.organization.OrganizationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new organization (platform administration). */
public class OrganizationForm {

    @NotBlank(message = "{organization.code.required}")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}", message = "{organization.code.invalid}")
    private String code;

    @NotBlank(message = "{organization.name.required}")
    @Size(max = 200, message = "{organization.name.tooLong}")
    private String name;

    @Size(max = 200, message = "{organization.nameEn.tooLong}")
    private String nameEn;

    @NotNull(message = "{organization.kind.required}")
    private OrganizationKind kind = OrganizationKind.MINISTRY;

    private UUID parentId;

    OrganizationDraft draft() {
        return new OrganizationDraft(code, name, nameEn, kind, parentId);
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

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public UUID getParentId() {
        return parentId;
    }

    public void setParentId(UUID parentId) {
        this.parentId = parentId;
    }
}
