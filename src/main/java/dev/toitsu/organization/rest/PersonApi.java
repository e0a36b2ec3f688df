package dev.toitsu.organization.rest;

import dev.toitsu.organization.People;
import dev.toitsu.organization.Person;
import dev.toitsu.organization.PersonDraft;
import dev.toitsu.organization.PersonKind;
import dev.toitsu.organization.PersonPage;
import dev.toitsu.organization.PersonQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 職員等: paged search (one query per page), one person, registration and changes (a new unit is a transfer). */
@RestController
@RequestMapping("/api/v1/people")
class PersonApi {

    private final People people;

    PersonApi(People people) {
        this.people = people;
    }

    record PersonRequest(
            @Size(max = 40, message = "{organization.person.employeeNumber.tooLong}")
            String employeeNumber,

            @NotBlank(message = "{organization.person.familyName.required}")
            @Size(max = 100, message = "{organization.person.familyName.tooLong}")
            String familyName,

            @NotBlank(message = "{organization.person.givenName.required}")
            @Size(max = 100, message = "{organization.person.givenName.tooLong}")
            String givenName,

            @Size(max = 100, message = "{organization.person.familyNameKana.tooLong}")
            String familyNameKana,

            @Size(max = 100, message = "{organization.person.givenNameKana.tooLong}")
            String givenNameKana,

            PersonKind kind,
            UUID unitId,

            @Size(max = 200, message = "{organization.person.jobTitle.tooLong}")
            String jobTitle,

            UUID superiorId,

            @Email(message = "{organization.person.email.invalid}")
            @Size(max = 254, message = "{organization.person.email.tooLong}")
            String email,

            @Size(max = 40, message = "{organization.person.phone.tooLong}")
            String phone,

            LocalDate joinedOn,
            Long version) {

        PersonDraft draft() {
            return new PersonDraft(
                    employeeNumber,
                    familyName,
                    givenName,
                    familyNameKana,
                    givenNameKana,
                    kind,
                    unitId,
                    jobTitle,
                    superiorId,
                    email,
                    phone,
                    joinedOn);
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    PersonPage search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) UUID unit,
            @RequestParam(defaultValue = "false") boolean inactive,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return people.search(new PersonQuery(q, unit, inactive), page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_DIRECTORY_READ')")
    Person get(@PathVariable UUID id) {
        return people.get(id);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    ResponseEntity<Person> register(@Valid @RequestBody PersonRequest request) {
        Person created = people.register(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/people/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
    Person update(@PathVariable UUID id, @Valid @RequestBody PersonRequest request) {
        return people.revise(id, Versioning.required(request.version()), request.draft());
    }
}
