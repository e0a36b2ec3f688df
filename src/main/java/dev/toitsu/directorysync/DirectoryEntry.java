package dev.toitsu.directorysync;

/**
 * One person as the personnel system or the directory knows them. {@code line} is where the entry came from (the
 * file's line, or the position in the LDAP result) for messages; {@code unitCode} is the code of a 部局・課室 of the
 * organization; {@code active} false marks someone who has left (retired, transferred out of the organization).
 */
public record DirectoryEntry(
        int line,
        String employeeNumber,
        String familyName,
        String givenName,
        String familyNameKana,
        String givenNameKana,
        String unitCode,
        String jobTitle,
        String email,
        boolean active) {

    public DirectoryEntry {
        employeeNumber = clean(employeeNumber);
        familyName = clean(familyName);
        givenName = clean(givenName);
        familyNameKana = clean(familyNameKana);
        givenNameKana = clean(givenNameKana);
        unitCode = clean(unitCode);
        jobTitle = clean(jobTitle);
        email = clean(email);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String displayName() {
        return (familyName == null ? "" : familyName) + " " + (givenName == null ? "" : givenName);
    }
}
