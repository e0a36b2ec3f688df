package dev.toitsu.organization;

import java.time.LocalDate;
import java.util.UUID;

/** A new person, or the new state of an existing one. A different {@code unitId} is a transfer. */
public record PersonDraft(
        String employeeNumber,
        String familyName,
        String givenName,
        String familyNameKana,
        String givenNameKana,
        PersonKind kind,
        UUID unitId,
        String jobTitle,
        UUID superiorId,
        String email,
        String phone,
        LocalDate joinedOn) {

    /** The draft that would leave the person as they are: the starting point of a change. */
    public static PersonDraft of(Person p) {
        return new PersonDraft(
                p.employeeNumber(),
                p.familyName(),
                p.givenName(),
                p.familyNameKana(),
                p.givenNameKana(),
                p.kind(),
                p.unitId(),
                p.jobTitle(),
                p.superiorId(),
                p.email(),
                p.phone(),
                p.joinedOn());
    }
}
