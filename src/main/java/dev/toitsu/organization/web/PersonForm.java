package dev.toitsu.organization.web;

import dev.toitsu.organization.Person;
import dev.toitsu.organization.PersonDraft;
import dev.toitsu.organization.PersonKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The person form. The superior is named by employee number (a select of 50,000 people would be no help). */
public class PersonForm {

    @Size(max = 40, message = "{organization.person.employeeNumber.tooLong}")
    private String employeeNumber;

    @NotBlank(message = "{organization.person.familyName.required}")
    @Size(max = 100, message = "{organization.person.familyName.tooLong}")
    private String familyName;

    @NotBlank(message = "{organization.person.givenName.required}")
    @Size(max = 100, message = "{organization.person.givenName.tooLong}")
    private String givenName;

    @Size(max = 100, message = "{organization.person.familyNameKana.tooLong}")
    private String familyNameKana;

    @Size(max = 100, message = "{organization.person.givenNameKana.tooLong}")
    private String givenNameKana;

    @NotNull(message = "{organization.person.kind.required}")
    private PersonKind kind = PersonKind.STAFF;

    private UUID unitId;

    @Size(max = 200, message = "{organization.person.jobTitle.tooLong}")
    private String jobTitle;

    @Size(max = 40, message = "{organization.person.superior.tooLong}")
    private String superior;

    @Email(message = "{organization.person.email.invalid}")
    @Size(max = 254, message = "{organization.person.email.tooLong}")
    private String email;

    @Size(max = 40, message = "{organization.person.phone.tooLong}")
    private String phone;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;

    private long version;

    static PersonForm of(Person p, String superiorEmployeeNumber) {
        PersonForm form = new PersonForm();
        form.employeeNumber = p.employeeNumber();
        form.familyName = p.familyName();
        form.givenName = p.givenName();
        form.familyNameKana = p.familyNameKana();
        form.givenNameKana = p.givenNameKana();
        form.kind = p.kind();
        form.unitId = p.unitId();
        form.jobTitle = p.jobTitle();
        form.superior = superiorEmployeeNumber;
        form.email = p.email();
        form.phone = p.phone();
        form.joinedOn = p.joinedOn();
        form.version = p.version();
        return form;
    }

    PersonDraft draft(UUID superiorId) {
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

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyNameKana() {
        return familyNameKana;
    }

    public void setFamilyNameKana(String familyNameKana) {
        this.familyNameKana = familyNameKana;
    }

    public String getGivenNameKana() {
        return givenNameKana;
    }

    public void setGivenNameKana(String givenNameKana) {
        this.givenNameKana = givenNameKana;
    }

    public PersonKind getKind() {
        return kind;
    }

    public void setKind(PersonKind kind) {
        this.kind = kind;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getSuperior() {
        return superior;
    }

    public void setSuperior(String superior) {
        this.superior = superior;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
