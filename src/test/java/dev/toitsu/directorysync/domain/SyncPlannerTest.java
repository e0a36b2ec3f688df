package dev.toitsu.directorysync.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.directorysync.DirectoryEntry;
import dev.toitsu.directorysync.SyncChange;
import dev.toitsu.directorysync.SyncChange.Kind;
import dev.toitsu.directorysync.SyncPlan;
import dev.toitsu.directorysync.SyncProblem;
import dev.toitsu.organization.Person;
import dev.toitsu.organization.PersonKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SyncPlannerTest {

    static final UUID GENERAL = UUID.randomUUID();
    static final UUID INFO = UUID.randomUUID();
    static final Map<String, UUID> UNITS = Map.of("A100", GENERAL, "A200", INFO);
    static final Map<UUID, String> NAMES = Map.of(GENERAL, "総務課", INFO, "情報政策課");

    @Test
    void findsJoinsTransfersChangesReturnsAndLeavers() {
        Person moved = person("E001", "山田", "花子", GENERAL, true);
        Person renamed = person("E002", "鈴木", "一郎", GENERAL, true);
        Person gone = person("E003", "佐藤", "次郎", INFO, true);
        Person back = person("E006", "高橋", "三郎", null, false);
        Person same = person("E007", "伊藤", "四郎", INFO, true);

        SyncPlan plan = SyncPlanner.plan(
                List.of(
                        entry(2, "E001", "山田", "花子", "A200", true),
                        entry(3, "E002", "鈴木", "一朗", "A100", true),
                        entry(4, "E004", "田中", "五郎", "A100", true),
                        entry(5, "E006", "高橋", "三郎", "A200", true),
                        entry(6, "E007", "伊藤", "四郎", "A200", true)),
                List.of(moved, renamed, gone, back, same),
                UNITS,
                NAMES);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.counts())
                .containsEntry(Kind.JOIN, 1)
                .containsEntry(Kind.TRANSFER, 1)
                .containsEntry(Kind.UPDATE, 1)
                .containsEntry(Kind.REJOIN, 1)
                .containsEntry(Kind.LEAVE, 1);
        SyncChange transfer = change(plan, "E001");
        assertThat(transfer.before()).containsEntry("unit", "総務課");
        assertThat(transfer.after()).containsEntry("unit", "情報政策課");
        assertThat(change(plan, "E002").after()).containsOnly(Map.entry("givenName", "一朗"));
        assertThat(change(plan, "E003").kind()).isEqualTo(Kind.LEAVE);
    }

    @Test
    void aLeaverMarkedInTheFileIsDeactivatedAndAnUnknownLeaverIsIgnored() {
        Person leaving = person("E010", "渡辺", "六郎", GENERAL, true);
        SyncPlan plan = SyncPlanner.plan(
                List.of(entry(2, "E010", null, null, null, false), entry(3, "E011", null, null, null, false)),
                List.of(leaving),
                UNITS,
                NAMES);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Kind.LEAVE);
            assertThat(c.line()).isEqualTo(2);
        });
    }

    @Test
    void reportsEveryProblemWithItsLine() {
        SyncPlan plan = SyncPlanner.plan(
                List.of(
                        entry(2, null, "山田", "花子", "A100", true),
                        entry(3, "E001", null, "花子", "Z999", true),
                        entry(4, "E001", "山田", "花子", "A100", true)),
                List.of(),
                UNITS,
                NAMES);

        assertThat(plan.applicable()).isFalse();
        assertThat(plan.problems())
                .extracting(SyncProblem::line, SyncProblem::field, SyncProblem::code)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2, "employeeNumber", "directorysync.problem.required"),
                        org.assertj.core.groups.Tuple.tuple(3, "familyName", "directorysync.problem.required"),
                        org.assertj.core.groups.Tuple.tuple(3, "unitCode", "directorysync.problem.unknownUnit"),
                        org.assertj.core.groups.Tuple.tuple(4, "employeeNumber", "directorysync.problem.duplicate"));
    }

    @Test
    void peopleWithoutEmployeeNumbersAreNeverTouched() {
        Person manual = person(null, "外部", "監査人", GENERAL, true);
        SyncPlan plan = SyncPlanner.plan(List.of(), List.of(manual), UNITS, NAMES);

        assertThat(plan.changes()).isEmpty();
    }

    @Test
    void theFingerprintChangesWithThePlanNotWithTheOrderOfTheFile() {
        Person a = person("E001", "山田", "花子", GENERAL, true);
        List<DirectoryEntry> file =
                List.of(entry(2, "E001", "山田", "花子", "A200", true), entry(3, "E002", "田中", "五郎", "A100", true));
        String fingerprint = SyncPlanner.plan(file, List.of(a), UNITS, NAMES).fingerprint();

        assertThat(SyncPlanner.plan(List.of(file.get(1), file.get(0)), List.of(a), UNITS, NAMES)
                        .fingerprint())
                .isEqualTo(fingerprint);
        assertThat(SyncPlanner.plan(file.subList(0, 1), List.of(a), UNITS, NAMES)
                        .fingerprint())
                .isNotEqualTo(fingerprint);
    }

    private static SyncChange change(SyncPlan plan, String number) {
        return plan.changes().stream()
                .filter(c -> number.equals(c.employeeNumber()))
                .findFirst()
                .orElseThrow();
    }

    static DirectoryEntry entry(int line, String number, String family, String given, String unit, boolean active) {
        return new DirectoryEntry(line, number, family, given, null, null, unit, null, null, active);
    }

    static Person person(String number, String family, String given, UUID unit, boolean active) {
        return new Person(
                UUID.randomUUID(),
                number,
                family,
                given,
                null,
                null,
                PersonKind.STAFF,
                unit,
                unit == null ? null : NAMES.get(unit),
                null,
                null,
                null,
                null,
                null,
                LocalDate.of(2020, 4, 1),
                LocalDate.of(2020, 4, 1),
                active,
                0);
    }
}
