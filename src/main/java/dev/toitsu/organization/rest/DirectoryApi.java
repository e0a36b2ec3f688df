package dev.toitsu.organization.rest;

import dev.toitsu.organization.ContactList;
import dev.toitsu.organization.Organization;
import dev.toitsu.organization.Organizations;
import dev.toitsu.organization.OverseenOrganization;
import dev.toitsu.organization.RoleAssignments;
import dev.toitsu.organization.RoleDefinition;
import dev.toitsu.organization.RoleHolder;
import dev.toitsu.organization.Roles;
import dev.toitsu.organization.Vacancy;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Read-only parts of the directory: the own organization, overseen aggregates, roles, contact list, vacancies. */
@RestController
@RequestMapping("/api/v1")
class DirectoryApi {

    private final Organizations organizations;
    private final Roles roles;
    private final ContactList contacts;
    private final RoleAssignments assignments;

    DirectoryApi(Organizations organizations, Roles roles, ContactList contacts, RoleAssignments assignments) {
        this.organizations = organizations;
        this.roles = roles;
        this.contacts = contacts;
        this.assignments = assignments;
    }

    @GetMapping("/organization")
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    Organization own() {
        return organizations.own();
    }

    @GetMapping("/organizations/overseen")
    @PreAuthorize("hasAuthority('PERM_OVERSIGHT_VIEW')")
    List<OverseenOrganization> overseen() {
        return organizations.overseen();
    }

    @GetMapping("/roles")
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    List<RoleDefinition> roles() {
        return roles.all();
    }

    @GetMapping("/contacts")
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    List<RoleHolder> contacts() {
        return contacts.entries();
    }

    @GetMapping("/vacancies")
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    List<Vacancy> vacancies() {
        return assignments.vacancies();
    }
}
