package dev.toitsu.organization.web;

import dev.toitsu.organization.RoleDefinition;
import dev.toitsu.organization.RoleDraft;
import dev.toitsu.organization.ScopeKind;
import dev.toitsu.shared.Permission;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** The role form: add an organization-specific role, or rename any role. */
public class RoleForm {

    @Size(max = 40, message = "{organization.role.code.tooLong}")
    private String code;

    @NotBlank(message = "{organization.role.name.required}")
    @Size(max = 200, message = "{organization.role.name.tooLong}")
    private String name;

    @Size(max = 200, message = "{organization.role.nameEn.tooLong}")
    private String nameEn;

    @Size(max = 2000, message = "{organization.role.description.tooLong}")
    private String description;

    private ScopeKind scopeKind = ScopeKind.ORGANIZATION;
    private Set<Permission> permissions = new HashSet<>(Set.of(Permission.DIRECTORY_READ));
    private boolean contactList;
    private long version;

    static RoleForm of(RoleDefinition role) {
        RoleForm form = new RoleForm();
        form.code = role.code();
        form.name = role.name();
        form.nameEn = role.nameEn();
        form.description = role.description();
        form.scopeKind = role.scopeKind();
        form.permissions = role.permissions().isEmpty() ? new HashSet<>() : EnumSet.copyOf(role.permissions());
        form.contactList = role.contactList();
        form.version = role.version();
        return form;
    }

    RoleDraft draft() {
        return new RoleDraft(code, name, nameEn, description, scopeKind, permissions, contactList);
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

    public ScopeKind getScopeKind() {
        return scopeKind;
    }

    public void setScopeKind(ScopeKind scopeKind) {
        this.scopeKind = scopeKind;
    }

    public Set<Permission> getPermissions() {
        return permissions;
    }

    public void setPermissions(Set<Permission> permissions) {
        this.permissions = permissions == null ? new HashSet<>() : permissions;
    }

    public boolean isContactList() {
        return contactList;
    }

    public void setContactList(boolean contactList) {
        this.contactList = contactList;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
