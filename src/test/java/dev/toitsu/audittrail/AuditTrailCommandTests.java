package dev.toitsu.audittrail;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.toitsu.cli.CommandLine;
import dev.toitsu.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code toitsu audit-trail ...} end to end: the command starts its own non-web context, pointed at this test
 * context's database the way an operator points it at a server's ({@code --spring.datasource.url=...}).
 */
@IntegrationTest
class AuditTrailCommandTests {

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    record Run(int exitCode, String out, String err) {}

    private Run run(String... arguments) {
        List<String> args = new java.util.ArrayList<>(List.of(arguments));
        args.add("--spring.datasource.url=" + dataSource.getJdbcUrl());
        args.add("--spring.datasource.username=" + dataSource.getUsername());
        if (dataSource.getPassword() != null) {
            args.add("--spring.datasource.password=" + dataSource.getPassword());
        }
        args.add("--spring.flyway.enabled=false"); // the application role may not touch the schema history
        args.add("--toitsu.secret-key=" + "0123456789abcdef".repeat(2));
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream capturedOut = new ByteArrayOutputStream();
        ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
            int exitCode = CommandLine.run(args.toArray(String[]::new));
            return new Run(
                    exitCode,
                    capturedOut.toString(StandardCharsets.UTF_8),
                    capturedErr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private void record(UUID org, String summary) {
        transaction.executeWithoutResult(
                status -> auditTrail.record(AuditRecord.of(org, "organization.unit.created", "unit", "u1", summary)
                        .by(AuditActor.system())));
    }

    @Test
    void verifyExitsZeroWhenIntactAndOneWithTheBrokenSeq() throws SQLException {
        UUID org = UUID.randomUUID();
        record(org, "一件目");
        record(org, "二件目");
        // other tests of this context tamper with their own chains; start from whatever the deployment holds
        boolean intactBefore = auditTrail.verify().intact();

        Run before = run("audit-trail", "verify");
        assertThat(before.exitCode()).as(before.err()).isEqualTo(intactBefore ? 0 : 1);
        assertThat(before.out()).contains("操作履歴の検証 / Audit trail verification", "rows checked");

        long last = jdbc.sql("SELECT max(seq) FROM audit_event WHERE organization_id = ?")
                .param(org)
                .query(Long.class)
                .single();
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
            statement.execute("UPDATE audit_event SET actor_name = 'someone else' WHERE seq = " + last);
            statement.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");
        }

        Run after = run("audit-trail", "verify");
        assertThat(after.exitCode()).as(after.err()).isEqualTo(1);
        assertThat(after.out())
                .contains("BROKEN")
                .contains("seq " + last + ", 組織 / organization: " + org)
                .contains("the row's content was altered");
    }

    @Test
    void exportWritesOneOrganizationsCsv(@TempDir Path directory) throws Exception {
        UUID org = UUID.randomUUID();
        record(org, "課室を作成");
        Path file = directory.resolve("trail.csv");

        Run run = run("audit-trail", "export", "--organization", org.toString(), "--output", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 件を出力しました");
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF通番,").contains("課室を作成");
    }

    @Test
    void reportsErrorsWithExitCodeTwo() {
        Run run = run("audit-trail", "export", "--organization", "総務省", "--output", "x.csv");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not an organization id");
    }
}
