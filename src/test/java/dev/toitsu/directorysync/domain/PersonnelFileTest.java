package dev.toitsu.directorysync.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.directorysync.DirectoryEntry;
import dev.toitsu.platform.TabularFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PersonnelFileTest {

    @Test
    void readsJapaneseColumnsInAnyOrderFromShiftJis() throws IOException {
        String csv = "所属コード,職員番号,氏,名,氏（カナ）,名（カナ）,職名,メールアドレス,在籍\r\n"
                + "A100,E001,山田,花子,ヤマダ,ハナコ,係長,yamada@example.go.jp,在籍\r\n"
                + ",,,,,,,,\r\n"
                + "A200,E002,鈴木,一郎,,,,,退職\r\n";

        PersonnelFile.Read read =
                PersonnelFile.read(TabularFile.read("jinji.csv", csv.getBytes(TabularFile.WINDOWS_31J)));

        assertThat(read.problems()).isEmpty();
        assertThat(read.entries())
                .containsExactly(
                        new DirectoryEntry(
                                2, "E001", "山田", "花子", "ヤマダ", "ハナコ", "A100", "係長", "yamada@example.go.jp", true),
                        new DirectoryEntry(4, "E002", "鈴木", "一郎", null, null, "A200", null, null, false));
    }

    @Test
    void readsEnglishColumnsAndTreatsEveryoneAsPresentWithoutAnActiveColumn() throws IOException {
        String csv = "Employee Number,Family Name,Given Name,Unit Code\nE9,Smith,Jane,A100\n";

        PersonnelFile.Read read =
                PersonnelFile.read(TabularFile.read("people.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.entries()).singleElement().satisfies(e -> {
            assertThat(e.employeeNumber()).isEqualTo("E9");
            assertThat(e.active()).isTrue();
        });
    }

    @Test
    void namesTheMissingColumnsAndTheUnknownPresenceValues() throws IOException {
        PersonnelFile.Read missing =
                PersonnelFile.read(TabularFile.read("x.csv", "職員番号,氏\nE1,山田\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(missing.problems()).extracting(p -> p.field()).containsExactlyInAnyOrder("givenName", "unitCode");

        PersonnelFile.Read presence = PersonnelFile.read(
                TabularFile.read("x.csv", "職員番号,氏,名,所属コード,在籍\nE1,山田,花子,A100,休み\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(presence.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.code()).isEqualTo("directorysync.problem.presence");
        });
    }
}
