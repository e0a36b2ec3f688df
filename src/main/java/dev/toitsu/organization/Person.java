package dev.toitsu.organization;

import java.time.LocalDate;
import java.util.UUID;

/** 職員等 as the directory shows them; {@code unitSince} is the start in the current unit (a transfer resets it). */
public record Person(
        UUID id,
        String employeeNumber,
        String familyName,
        String givenName,
        String familyNameKana,
        String givenNameKana,
        PersonKind kind,
        UUID unitId,
        String unitName,
        String jobTitle,
        UUID superiorId,
        String superiorName,
        String email,
        String phone,
        LocalDate joinedOn,
        LocalDate unitSince,
        boolean active,
        long version) {

    public String displayName() {
        return familyName + " " + givenName;
    }

    public String kana() {
        return familyNameKana == null ? "" : (familyNameKana + " " + (givenNameKana == null ? "" : givenNameKana));
    }
}
