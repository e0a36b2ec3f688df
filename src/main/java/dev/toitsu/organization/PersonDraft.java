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
        LocalDate joinedOn) {}
