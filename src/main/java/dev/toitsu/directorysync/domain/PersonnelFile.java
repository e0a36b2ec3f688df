package dev.toitsu.directorysync.domain;

import dev.toitsu.directorysync.DirectoryEntry;
import dev.toitsu.directorysync.SyncProblem;
import dev.toitsu.platform.TabularFile;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A personnel system's export (CSV in UTF-8 or Shift_JIS, or Excel) as directory entries. The first row names the
 * columns, in Japanese or English (職員番号 / employee_number, 氏 / family_name, 名, 氏カナ, 名カナ, 所属コード / unit_code,
 * 職名, メールアドレス, 在籍); the order is free and unknown columns are ignored. A missing 在籍 column means everyone
 * listed is present.
 */
public final class PersonnelFile {

    public static final int MAX_ROWS = 200_000;

    static final Map<String, String> COLUMNS = columns();

    private PersonnelFile() {}

    public record Read(List<DirectoryEntry> entries, List<SyncProblem> problems) {}

    public static Read read(TabularFile file) {
        List<List<String>> rows = file.rows();
        List<SyncProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new SyncProblem(1, null, "directorysync.problem.empty"));
            return new Read(List.of(), problems);
        }
        if (rows.size() - 1 > MAX_ROWS) {
            problems.add(new SyncProblem(1, null, "directorysync.problem.tooMany", MAX_ROWS));
            return new Read(List.of(), problems);
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> header = rows.get(0);
        for (int c = 0; c < header.size(); c++) {
            String field = COLUMNS.get(normalize(header.get(c)));
            if (field != null) {
                index.putIfAbsent(field, c);
            }
        }
        for (String required : List.of("employeeNumber", "familyName", "givenName", "unitCode")) {
            if (!index.containsKey(required)) {
                problems.add(new SyncProblem(1, required, "directorysync.problem.column"));
            }
        }
        if (!problems.isEmpty()) {
            return new Read(List.of(), problems);
        }
        List<DirectoryEntry> entries = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            int line = r + 1;
            String presence = cell(row, index, "active");
            Boolean active = presence == null ? Boolean.TRUE : presence(presence);
            if (active == null) {
                problems.add(new SyncProblem(line, "active", "directorysync.problem.presence", presence));
                continue;
            }
            entries.add(new DirectoryEntry(
                    line,
                    cell(row, index, "employeeNumber"),
                    cell(row, index, "familyName"),
                    cell(row, index, "givenName"),
                    cell(row, index, "familyNameKana"),
                    cell(row, index, "givenNameKana"),
                    cell(row, index, "unitCode"),
                    cell(row, index, "jobTitle"),
                    cell(row, index, "email"),
                    active));
        }
        return new Read(entries, problems);
    }

    private static String cell(List<String> row, Map<String, Integer> index, String field) {
        Integer c = index.get(field);
        return c == null || c >= row.size() ? null : row.get(c);
    }

    private static final Set<String> PRESENT = Set.of("在籍", "在職", "有効", "1", "true", "yes", "y", "○", "active");
    private static final Set<String> ABSENT =
            Set.of("退職", "離職", "無効", "転出", "0", "false", "no", "n", "×", "inactive", "left");

    static Boolean presence(String value) {
        String v = normalize(value);
        if (PRESENT.contains(v)) {
            return Boolean.TRUE;
        }
        return ABSENT.contains(v) ? Boolean.FALSE : null;
    }

    /** NFKC (full-width letters and parentheses fold), lower case, without spaces, underscores or parentheses. */
    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String folded = Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\s_\\-()（）・]", "");
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new HashMap<>();
        alias(columns, "employeeNumber", "職員番号", "社員番号", "個人番号", "employeenumber", "employeeid", "staffno");
        alias(columns, "familyName", "氏", "姓", "familyname", "lastname", "surname");
        alias(columns, "givenName", "名", "givenname", "firstname");
        alias(columns, "familyNameKana", "氏カナ", "姓カナ", "セイ", "氏ふりがな", "familynamekana");
        alias(columns, "givenNameKana", "名カナ", "メイ", "名ふりがな", "givennamekana");
        alias(columns, "unitCode", "所属コード", "部署コード", "組織コード", "unitcode", "departmentcode");
        alias(columns, "jobTitle", "職名", "役職", "jobtitle", "title");
        alias(columns, "email", "メールアドレス", "メール", "email", "mail");
        alias(columns, "active", "在籍", "在職", "在籍区分", "active", "status");
        return Map.copyOf(columns);
    }

    private static void alias(Map<String, String> columns, String field, String... names) {
        for (String name : names) {
            columns.put(normalize(name), field);
        }
    }
}
