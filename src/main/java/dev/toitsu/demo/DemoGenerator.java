package dev.toitsu.demo;

import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.identity.Accounts;
import dev.toitsu.organization.Organization;
import dev.toitsu.organization.OrganizationDirectory;
import dev.toitsu.organization.OrganizationDraft;
import dev.toitsu.organization.OrganizationKind;
import dev.toitsu.organization.Organizations;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.SystemActor;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a large, realistic organization for load and scale tests ({@code toitsu demo generate}): a unit tree,
 * tens of thousands of people with Japanese names and kana, the standard roles held where the standard puts them,
 * and a few accounts to sign in with. Deterministic for a seed; bulk-loaded with PostgreSQL COPY in one
 * transaction, so a failed run leaves nothing behind.
 */
@Service
public class DemoGenerator {

    /** Password of the generated accounts (gen-admin, gen-ciso, gen-staff1..9); their second factor is the demo one. */
    public static final String PASSWORD = DemoOrganization.PASSWORD;

    private static final String[] FAMILY = {
        "佐藤:さとう", "鈴木:すずき", "高橋:たかはし", "田中:たなか", "伊藤:いとう", "渡辺:わたなべ", "山本:やまもと", "中村:なかむら",
        "小林:こばやし", "加藤:かとう", "吉田:よしだ", "山田:やまだ", "佐々木:ささき", "山口:やまぐち", "松本:まつもと", "井上:いのうえ",
        "木村:きむら", "林:はやし", "斎藤:さいとう", "清水:しみず", "山崎:やまざき", "森:もり", "池田:いけだ", "橋本:はしもと",
        "阿部:あべ", "石川:いしかわ", "山下:やました", "中島:なかじま", "石井:いしい", "小川:おがわ", "前田:まえだ", "岡田:おかだ"
    };
    private static final String[] GIVEN = {
        "翔太:しょうた", "大輔:だいすけ", "健太:けんた", "拓也:たくや", "直樹:なおき", "誠:まこと", "陽介:ようすけ", "亮:りょう",
        "美咲:みさき", "陽子:ようこ", "直美:なおみ", "恵:めぐみ", "彩:あや", "由美:ゆみ", "真由美:まゆみ", "さくら:さくら",
        "悠斗:ゆうと", "蓮:れん", "葵:あおい", "結衣:ゆい", "大翔:ひろと", "陽菜:ひな", "湊:みなと", "凛:りん"
    };
    private static final String[] BUREAU_NAMES = {"局", "部", "本部", "センター"};
    private static final String[] DIVISION_NAMES = {"総務", "企画", "調査", "管理", "情報", "政策", "審査", "監督", "国際", "会計"};

    public record Result(String organizationCode, int units, int people, int assignments, List<String> accounts) {}

    private final Organizations organizations;
    private final OrganizationDirectory directory;
    private final Accounts accounts;
    private final AuditTrail auditTrail;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoGenerator(
            Organizations organizations,
            OrganizationDirectory directory,
            Accounts accounts,
            AuditTrail auditTrail,
            JdbcClient jdbc,
            DataSource dataSource,
            TransactionTemplate transaction,
            Clock clock) {
        this.organizations = organizations;
        this.directory = directory;
        this.accounts = accounts;
        this.auditTrail = auditTrail;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.clock = clock;
    }

    public Result generate(String code, int staff, int unitCount, long seed) {
        if (staff < 10 || unitCount < 2) {
            throw new IllegalArgumentException("at least 10 staff and 2 units");
        }
        if (directory.organizationByCode(code).isPresent()) {
            throw new ConflictException("organization.code.taken", code);
        }
        return transaction.execute(status -> {
            try {
                DemoActor.LOADER.signIn();
                Organization organization = organizations.create(new OrganizationDraft(
                        code, "生成組織 " + code, "Generated organization " + code, OrganizationKind.MINISTRY, null));
                return fill(organization, staff, unitCount, new Random(seed));
            } finally {
                SystemActor.signOut();
            }
        });
    }

    private Result fill(Organization organization, int staff, int unitCount, Random random) {
        UUID org = organization.id();
        LocalDate today = LocalDate.now(clock);
        // units: bureaus with divisions below them
        int bureaus = Math.max(1, unitCount / 50);
        List<UUID> bureauIds = new ArrayList<>();
        List<UUID> divisionIds = new ArrayList<>();
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < unitCount; i++) {
            UUID id = UUID.randomUUID(); // ids differ per run; names, structure and roles follow the seed
            boolean bureau = i < bureaus;
            UUID parent = bureau ? null : bureauIds.get(i % bureaus);
            String name = bureau
                    ? "第" + (i + 1) + BUREAU_NAMES[i % BUREAU_NAMES.length]
                    : DIVISION_NAMES[i % DIVISION_NAMES.length] + "第" + (i / DIVISION_NAMES.length + 1) + "課";
            (bureau ? bureauIds : divisionIds).add(id);
            units.append(csv(id, org, parent, "U" + i, name, bureau ? "BUREAU" : "DIVISION", i))
                    .append('\n');
        }
        // people: everyone in a division, with a superior in the same unit where there is one
        StringBuilder people = new StringBuilder();
        UUID[] personIds = new UUID[staff];
        Map<UUID, UUID> firstInUnit = new HashMap<>();
        UUID[] unitOf = new UUID[staff];
        for (int i = 0; i < staff; i++) {
            UUID id = UUID.randomUUID(); // ids differ per run; names, structure and roles follow the seed
            personIds[i] = id;
            UUID unit = divisionIds.get(i % divisionIds.size());
            unitOf[i] = unit;
            UUID superior = firstInUnit.putIfAbsent(unit, id);
            String[] family = FAMILY[random.nextInt(FAMILY.length)].split(":");
            String[] given = GIVEN[random.nextInt(GIVEN.length)].split(":");
            LocalDate joined = today.minusDays(random.nextInt(365 * 30));
            LocalDate unitSince = joined.plusDays(random.nextInt(
                    (int) Math.max(1, joined.until(today).toTotalMonths() * 30 + 1)));
            people.append(csv(
                            id,
                            org,
                            unit,
                            String.format("G%06d", i),
                            family[0],
                            given[0],
                            family[1],
                            given[1],
                            "g" + i + "@example.jp",
                            "03-0000-" + String.format("%04d", i % 10000),
                            i % 20 == 0 ? "CONTRACTOR" : "STAFF",
                            i % 50 == 0 ? "課長" : "係員",
                            superior,
                            joined,
                            unitSince.isAfter(today) ? today : unitSince))
                    .append('\n');
        }
        Map<String, UUID> roleIds = new HashMap<>();
        jdbc.sql("select code, id from role_definition where organization_id = :org")
                .param("org", org)
                .query((rs, n) -> roleIds.put(rs.getString(1), rs.getObject(2, UUID.class)))
                .list();
        StringBuilder assignments = new StringBuilder();
        int assignmentCount = 0;
        LocalDate since = today.minusYears(1);
        for (int i = 0; i < staff; i++) {
            assignments.append(assignment(org, roleIds.get("STAFF"), personIds[i], "ORGANIZATION", null, since));
            assignmentCount++;
        }
        // the head of each division is its 課室情報セキュリティ責任者; the first person of each bureau's first division its ISO
        for (var head : firstInUnit.entrySet()) {
            assignments.append(
                    assignment(org, roleIds.get("SECTION_ISO"), head.getValue(), "UNIT", head.getKey(), since));
            assignmentCount++;
        }
        for (int b = 0; b < bureauIds.size(); b++) {
            assignments.append(assignment(org, roleIds.get("ISO"), personIds[b], "UNIT", bureauIds.get(b), since));
            assignmentCount++;
        }
        String[] central = {"CISO", "DEPUTY_CISO", "GENERAL_ISO", "AUDIT_CHIEF", "AUDITOR", "CSIRT", "ADMIN"};
        for (int c = 0; c < central.length; c++) {
            assignments.append(
                    assignment(org, roleIds.get(central[c]), personIds[staff - 1 - c], "ORGANIZATION", null, since));
            assignmentCount++;
        }
        copy("COPY unit (id, organization_id, parent_id, code, name, kind, sort_order) FROM STDIN (FORMAT csv)", units);
        copy(
                "COPY person (id, organization_id, unit_id, employee_number, family_name, given_name, family_name_kana,"
                        + " given_name_kana, email, phone, kind, job_title, superior_id, joined_on, unit_since)"
                        + " FROM STDIN (FORMAT csv)",
                people);
        copy(
                "COPY role_assignment (organization_id, role_id, person_id, scope_kind, scope_id, starts_on)"
                        + " FROM STDIN (FORMAT csv)",
                assignments);
        List<String> usernames = new ArrayList<>();
        String prefix = organization.code();
        usernames.add(account(personIds[staff - 7], prefix + "-admin", true));
        usernames.add(account(personIds[staff - 1], prefix + "-ciso", false));
        for (int i = 1; i <= 9; i++) {
            usernames.add(account(personIds[i * (staff / 10)], prefix + "-staff" + i, false));
        }
        auditTrail.record(AuditRecord.of(
                org,
                "demo.organization.generated",
                "organization",
                org.toString(),
                "負荷試験用の組織を生成: 部局・課室 " + unitCount + "、職員等 " + staff + "、役割の割当て " + assignmentCount));
        return new Result(organization.code(), unitCount, staff, assignmentCount, usernames);
    }

    private String account(UUID person, String username, boolean admin) {
        var account = accounts.bootstrap(person, username, PASSWORD, true, admin);
        accounts.bootstrapSecondFactor(account.id(), DemoOrganization.TOTP_SECRET);
        return username;
    }

    private static String assignment(UUID org, UUID role, UUID person, String scope, UUID scopeId, LocalDate since) {
        return csv(org, role, person, scope, scopeId, since) + "\n";
    }

    /** Bulk insert on the transaction's own connection, so it commits or rolls back with everything else. */
    private void copy(String sql, CharSequence rows) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("bulk load failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String csv(Object... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = values[i];
            if (value != null) {
                String text = value.toString();
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            }
        }
        return line.toString();
    }
}
