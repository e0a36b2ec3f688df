package dev.toitsu.directorysync.domain;

import dev.toitsu.directorysync.DirectoryEntry;
import dev.toitsu.directorysync.SyncChange;
import dev.toitsu.directorysync.SyncChange.Kind;
import dev.toitsu.directorysync.SyncPlan;
import dev.toitsu.directorysync.SyncProblem;
import dev.toitsu.organization.Person;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Compares a personnel source with the directory. People are matched by 職員番号 only; people without one (entered by
 * hand, e.g. external auditors) are never touched. Someone active in toitsu but missing from the source has left.
 */
public final class SyncPlanner {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private SyncPlanner() {}

    /**
     * @param units the organization's active units by code
     * @param unitNames every unit's name by id, for showing transfers
     */
    public static SyncPlan plan(
            List<DirectoryEntry> entries, List<Person> current, Map<String, UUID> units, Map<UUID, String> unitNames) {
        List<SyncProblem> problems = new ArrayList<>();
        Map<String, DirectoryEntry> byNumber = new LinkedHashMap<>();
        for (DirectoryEntry entry : entries) {
            check(entry, units, problems);
            if (entry.employeeNumber() != null) {
                DirectoryEntry earlier = byNumber.putIfAbsent(entry.employeeNumber(), entry);
                if (earlier != null) {
                    problems.add(new SyncProblem(
                            entry.line(),
                            "employeeNumber",
                            "directorysync.problem.duplicate",
                            entry.employeeNumber(),
                            earlier.line()));
                }
            }
        }
        Map<String, Person> people = new HashMap<>();
        current.stream().filter(p -> p.employeeNumber() != null).forEach(p -> people.put(p.employeeNumber(), p));

        List<SyncChange> changes = new ArrayList<>();
        int unchanged = 0;
        for (DirectoryEntry entry : byNumber.values()) {
            Person person = people.get(entry.employeeNumber());
            if (person == null) {
                if (entry.active()) {
                    changes.add(new SyncChange(
                            Kind.JOIN,
                            entry.line(),
                            entry.employeeNumber(),
                            entry.displayName(),
                            null,
                            Map.of(),
                            fields(entry, get(unitNames, get(units, entry.unitCode())))));
                }
                continue;
            }
            if (!entry.active()) {
                if (person.active()) {
                    changes.add(leave(entry.line(), person));
                } else {
                    unchanged++;
                }
                continue;
            }
            Map<String, String> before = new TreeMap<>();
            Map<String, String> after = new TreeMap<>();
            UUID unit = get(units, entry.unitCode());
            compare("unit", person.unitName(), get(unitNames, unit), before, after);
            boolean transfer = !Objects.equals(person.unitId(), unit);
            compare("familyName", person.familyName(), entry.familyName(), before, after);
            compare("givenName", person.givenName(), entry.givenName(), before, after);
            compare("familyNameKana", person.familyNameKana(), entry.familyNameKana(), before, after);
            compare("givenNameKana", person.givenNameKana(), entry.givenNameKana(), before, after);
            compare("jobTitle", person.jobTitle(), entry.jobTitle(), before, after);
            compare("email", person.email(), entry.email(), before, after);
            Kind kind =
                    !person.active() ? Kind.REJOIN : transfer ? Kind.TRANSFER : before.isEmpty() ? null : Kind.UPDATE;
            if (kind == null) {
                unchanged++;
            } else {
                changes.add(new SyncChange(
                        kind, entry.line(), entry.employeeNumber(), entry.displayName(), person.id(), before, after));
            }
        }
        for (Person person : people.values()) {
            if (person.active() && !byNumber.containsKey(person.employeeNumber())) {
                changes.add(leave(0, person));
            }
        }
        return new SyncPlan(entries.size(), unchanged, changes, problems, fingerprint(changes));
    }

    private static <K, V> V get(Map<K, V> map, K key) {
        return key == null ? null : map.get(key);
    }

    private static void check(DirectoryEntry entry, Map<String, UUID> units, List<SyncProblem> problems) {
        if (entry.employeeNumber() == null) {
            problems.add(new SyncProblem(entry.line(), "employeeNumber", "directorysync.problem.required"));
        }
        if (!entry.active()) {
            return; // a leaver needs nothing but the number
        }
        if (entry.familyName() == null) {
            problems.add(new SyncProblem(entry.line(), "familyName", "directorysync.problem.required"));
        }
        if (entry.givenName() == null) {
            problems.add(new SyncProblem(entry.line(), "givenName", "directorysync.problem.required"));
        }
        if (entry.unitCode() == null) {
            problems.add(new SyncProblem(entry.line(), "unitCode", "directorysync.problem.required"));
        } else if (!units.containsKey(entry.unitCode())) {
            problems.add(
                    new SyncProblem(entry.line(), "unitCode", "directorysync.problem.unknownUnit", entry.unitCode()));
        }
        if (entry.email() != null && !EMAIL.matcher(entry.email()).matches()) {
            problems.add(new SyncProblem(entry.line(), "email", "directorysync.problem.email", entry.email()));
        }
    }

    private static SyncChange leave(int line, Person person) {
        return new SyncChange(
                Kind.LEAVE,
                line,
                person.employeeNumber(),
                person.displayName(),
                person.id(),
                unitOnly(person.unitName()),
                Map.of());
    }

    private static Map<String, String> unitOnly(String unitName) {
        return unitName == null ? Map.of() : Map.of("unit", unitName);
    }

    private static Map<String, String> fields(DirectoryEntry entry, String unitName) {
        Map<String, String> fields = new TreeMap<>();
        put(fields, "unit", unitName);
        put(fields, "familyName", entry.familyName());
        put(fields, "givenName", entry.givenName());
        put(fields, "familyNameKana", entry.familyNameKana());
        put(fields, "givenNameKana", entry.givenNameKana());
        put(fields, "jobTitle", entry.jobTitle());
        put(fields, "email", entry.email());
        return fields;
    }

    private static void put(Map<String, String> fields, String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static void compare(
            String field, String current, String wanted, Map<String, String> before, Map<String, String> after) {
        if (!Objects.equals(current, wanted)) {
            before.put(field, current == null ? "" : current);
            after.put(field, wanted == null ? "" : wanted);
        }
    }

    static String fingerprint(List<SyncChange> changes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            changes.stream()
                    .map(c -> c.kind() + "|" + c.employeeNumber() + "|" + c.personId() + "|" + new TreeMap<>(c.before())
                            + "|" + new TreeMap<>(c.after()))
                    .sorted()
                    .forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
