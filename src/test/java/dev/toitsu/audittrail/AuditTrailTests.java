package dev.toitsu.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.audittrail.ChainVerification.Reason;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Permission;
import dev.toitsu.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailTests {

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource appDataSource;

    @Autowired
    Flyway flyway;

    @AfterEach
    void reset() {
        TestActor.signOut();
    }

    private void record(UUID organizationId, String action, String summary) {
        transaction.executeWithoutResult(status -> auditTrail.record(
                AuditRecord.of(organizationId, action, "unit", "1", summary).by(AuditActor.system())));
    }

    private List<Long> seqs(UUID organizationId) {
        return jdbc.sql("SELECT seq FROM audit_event WHERE organization_id = ? ORDER BY seq")
                .param(organizationId)
                .query(Long.class)
                .list();
    }

    private void asSuperuser(String... statements) throws SQLException {
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Test
    void recordsTheSignedInActorAndChainsEachOrganizationSeparately() {
        UUID org = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        var actor = TestActor.in(org, "情報 花子", Permission.AUDIT_TRAIL_READ).signIn();
        transaction.executeWithoutResult(status -> {
            auditTrail.record(AuditRecord.of(org, "organization.unit.created", "unit", "u1", "課室を作成")
                    .withAfter(Map.of("name", "情報政策課")));
            auditTrail.record(AuditRecord.of(other, "organization.unit.created", "unit", "u9", "他組織"));
            auditTrail.record(AuditRecord.of(org, "organization.unit.renamed", "unit", "u1", "課室名を変更")
                    .withBefore(Map.of("name", "情報政策課"))
                    .withAfter(Map.of("name", "情報セキュリティ課")));
        });

        List<AuditEvent> events = auditTrail.search(AuditQuery.all(), 0, 25).events();

        assertThat(events)
                .extracting(AuditEvent::action)
                .containsExactly("organization.unit.renamed", "organization.unit.created");
        AuditEvent renamed = events.get(0);
        assertThat(renamed.actorAccountId()).isEqualTo(actor.accountId());
        assertThat(renamed.actorName()).isEqualTo("情報 花子");
        assertThat(renamed.before()).containsEntry("name", "情報政策課");
        assertThat(renamed.prevHash()).isEqualTo(events.get(1).hash());
        assertThat(events.get(1).prevHash()).isNull();
        assertThat(auditTrail.verifyOwnOrganization().intact()).isTrue();
        assertThat(auditTrail.verifyOwnOrganization().rowsChecked()).isEqualTo(2);
    }

    @Test
    void refusesToRecordOutsideATransaction() {
        assertThatThrownBy(() -> auditTrail.record(AuditRecord.of(null, "platform.started", "platform", null, "起動")
                        .by(AuditActor.system())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void refusesToRecordWithoutAnActor() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(
                        status -> auditTrail.record(AuditRecord.of(null, "platform.started", "platform", null, "起動"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRolledBackChangeLeavesNoRecord() {
        UUID org = UUID.randomUUID();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    auditTrail.record(AuditRecord.of(org, "organization.unit.created", "unit", "u1", "作成")
                            .by(AuditActor.system()));
                    throw new IllegalStateException("the change itself failed");
                }))
                .hasMessage("the change itself failed");
        transaction.executeWithoutResult(status -> {
            auditTrail.record(AuditRecord.of(org, "organization.unit.created", "unit", "u1", "作成")
                    .by(AuditActor.system()));
            status.setRollbackOnly();
        });

        assertThat(seqs(org)).isEmpty();
    }

    @Test
    void refusesRepeatableReadWhichWouldForkTheChain() {
        UUID org = UUID.randomUUID();
        var repeatableRead = new TransactionTemplate(transaction.getTransactionManager());
        repeatableRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);

        assertThatThrownBy(() -> repeatableRead.executeWithoutResult(
                        status -> auditTrail.record(AuditRecord.of(org, "organization.unit.created", "unit", "u1", "作成")
                                .by(AuditActor.system()))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("READ COMMITTED");
        assertThat(seqs(org)).isEmpty();
    }

    @Test
    void storedJapaneseAndNestedStatesHashIdenticallyWhenReadBack() {
        UUID org = UUID.randomUUID();
        Map<String, Object> state = Map.of(
                "格付",
                Map.of("機密性", "機密性3", "完全性", 2, "可用性", List.of("可用性2", Map.of("理由", "業務継続"))),
                "件数",
                1000L,
                "比率",
                0.25,
                "承認日",
                LocalDate.of(2025, 4, 1),
                "改行",
                "一行目\n二行目\t\"引用\"");
        transaction.executeWithoutResult(status ->
                auditTrail.record(AuditRecord.of(org, "classification.asset.classified", "asset", "a-1", "格付を変更")
                        .by(AuditActor.system())
                        .withBefore(Map.of())
                        .withAfter(state)));

        TestActor.in(org, "監査 一郎", Permission.AUDIT_TRAIL_READ).signIn();
        assertThat(auditTrail.verifyOwnOrganization()).satisfies(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.rowsChecked()).isEqualTo(1);
        });
        assertThat(auditTrail.search(AuditQuery.all(), 0, 25).events().get(0).after())
                .containsEntry("承認日", "2025-04-01")
                .containsKey("格付");
    }

    @Test
    void reportsTheAlteredRow() throws SQLException {
        UUID org = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            record(org, "organization.unit.created", "作成 " + i);
        }
        long altered = seqs(org).get(2);

        asSuperuser(
                "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only",
                "UPDATE audit_event SET summary = '改ざんされた概要' WHERE seq = " + altered,
                "ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");

        ChainVerification verification = auditTrail.verify();
        var broken = verification.breaks().stream()
                .filter(b -> org.equals(b.organizationId()))
                .toList();
        assertThat(verification.intact()).isFalse();
        assertThat(broken).singleElement().satisfies(link -> {
            assertThat(link.seq()).isEqualTo(altered);
            assertThat(link.reason()).isEqualTo(Reason.CONTENT_ALTERED);
            assertThat(link.expectedHash()).isNotEqualTo(link.storedHash());
        });
    }

    @Test
    void reportsTheRowAfterADeletedOne() throws SQLException {
        UUID org = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            record(org, "organization.unit.created", "作成 " + i);
        }
        List<Long> seqs = seqs(org);

        asSuperuser(
                "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only",
                "DELETE FROM audit_event WHERE seq = " + seqs.get(1),
                "ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only");

        TestActor.in(org, "監査 一郎", Permission.AUDIT_TRAIL_READ).signIn();
        ChainVerification verification = auditTrail.verifyOwnOrganization();
        assertThat(verification.rowsChecked()).isEqualTo(4);
        assertThat(verification.firstBreak()).hasValueSatisfying(link -> {
            assertThat(link.seq()).isEqualTo(seqs.get(2));
            assertThat(link.organizationId()).isEqualTo(org);
            assertThat(link.reason()).isEqualTo(Reason.PREVIOUS_LINK_MISMATCH);
        });
    }

    @Test
    void theApplicationRoleCannotRewriteHistory() throws SQLException {
        UUID org = UUID.randomUUID();
        record(org, "organization.unit.created", "作成");
        try (Connection connection = appDataSource.getConnection();
                Statement statement = connection.createStatement()) {
            // not the trigger speaking: the privilege is gone (afterMigrate revokes it from append-only tables)
            for (String sql : List.of(
                    "UPDATE audit_event SET summary = 'x' WHERE organization_id = '" + org + "'",
                    "DELETE FROM audit_event WHERE organization_id = '" + org + "'",
                    "TRUNCATE audit_event")) {
                assertThatThrownBy(() -> statement.execute(sql))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied for table audit_event")
                        .satisfies(e ->
                                assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            }
        }
        assertThat(seqs(org)).hasSize(1);
    }

    @Test
    void triggersRefuseChangesEvenToTheOwner() {
        UUID org = UUID.randomUUID();
        record(org, "organization.unit.created", "作成");

        for (String sql : List.of(
                "UPDATE audit_event SET summary = 'x' WHERE organization_id = '" + org + "'",
                "DELETE FROM audit_event WHERE organization_id = '" + org + "'",
                "TRUNCATE audit_event")) {
            assertThatThrownBy(() -> asSuperuser(sql)).hasMessageContaining("append-only");
        }
    }

    @Test
    void concurrentAppendsToOneOrganizationKeepAnUnbrokenChain() throws Exception {
        UUID org = UUID.randomUUID();
        int threads = 8;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        record(org, "inspection.answer.submitted", "回答 " + thread + "-" + i);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "audit trail: %d appends to one chain from %d threads in %.2f s (%.0f/s)%n",
                threads * perThread, threads, seconds, threads * perThread / seconds);

        TestActor.in(org, "監査 一郎", Permission.AUDIT_TRAIL_READ).signIn();
        ChainVerification verification = auditTrail.verifyOwnOrganization();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.rowsChecked()).isEqualTo(threads * perThread);
    }

    @Test
    void searchesOneOrganizationByPeriodActionActorAndSubjectNewestFirst() {
        UUID org = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            auditTrail.record(AuditRecord.of(org, "identity.login.succeeded", "account", "a1", "ログイン")
                    .by(new AuditActor(null, "山田 太郎")));
            auditTrail.record(AuditRecord.of(other, "identity.login.succeeded", "account", "a1", "他組織")
                    .by(AuditActor.system()));
        });
        transaction.executeWithoutResult(status -> {
            auditTrail.record(AuditRecord.of(org, "organization.unit.created", "unit", "u1", "作成")
                    .by(new AuditActor(null, "佐藤 次郎")));
            auditTrail.record(AuditRecord.of(org, "identity.login.failed", "account", "a2", "失敗")
                    .by(AuditActor.unauthenticated("taro")));
        });
        TestActor.in(org, "監査 一郎", Permission.AUDIT_TRAIL_READ).signIn();
        LocalDate today = LocalDate.now(AuditEvent.TOKYO);

        assertThat(summaries(AuditQuery.all())).containsExactly("失敗", "作成", "ログイン");
        assertThat(summaries(new AuditQuery(today.minusDays(1), today.plusDays(1), null, null, null)))
                .containsExactly("失敗", "作成", "ログイン");
        assertThat(summaries(new AuditQuery(null, today.minusDays(2), null, null, null)))
                .isEmpty();
        assertThat(summaries(new AuditQuery(null, null, "identity.", null, null)))
                .containsExactly("失敗", "ログイン");
        assertThat(summaries(new AuditQuery(null, null, "identity.login.failed", null, null)))
                .containsExactly("失敗");
        assertThat(summaries(new AuditQuery(null, null, null, "山田", null))).containsExactly("ログイン");
        assertThat(summaries(new AuditQuery(null, null, null, null, "unit"))).containsExactly("作成");
        assertThat(summaries(new AuditQuery(null, null, null, null, "account:a2")))
                .containsExactly("失敗");
        assertThat(summaries(new AuditQuery(null, null, "%", null, null))).isEmpty();

        AuditEventPage first = auditTrail.search(AuditQuery.all(), 0, 2);
        AuditEventPage second = auditTrail.search(AuditQuery.all(), 1, 2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hasNext()).isFalse();
        assertThat(second.events()).extracting(AuditEvent::summary).containsExactly("ログイン");
    }

    private List<String> summaries(AuditQuery query) {
        return auditTrail.search(query, 0, 25).events().stream()
                .map(AuditEvent::summary)
                .toList();
    }

    @Test
    void onlyOrganizationWideReadersSeeTheTrail() {
        UUID org = UUID.randomUUID();
        record(org, "organization.unit.created", "作成");

        TestActor.in(org, "職員", Permission.DIRECTORY_READ).signIn();
        assertThatThrownBy(() -> auditTrail.search(AuditQuery.all(), 0, 25)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditTrail.verify()).isInstanceOf(AccessDeniedException.class);

        new TestActor(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        org,
                        "課室の監査担当",
                        java.util.Set.of(
                                new dev.toitsu.shared.Actor.Grant(Permission.AUDIT_TRAIL_READ, UUID.randomUUID())))
                .signIn();
        assertThatThrownBy(() -> auditTrail.search(AuditQuery.all(), 0, 25)).isInstanceOf(AccessDeniedException.class);

        TestActor.in(UUID.randomUUID(), "他組織の監査", Permission.AUDIT_TRAIL_READ).signIn();
        assertThat(auditTrail.search(AuditQuery.all(), 0, 25).events()).isEmpty();
    }

    @Test
    void exportsCsvThatExcelReadsAsUtf8() {
        UUID org = UUID.randomUUID();
        record(org, "organization.unit.created", "課室を作成");
        record(org, "organization.unit.renamed", "=HYPERLINK(\"http://example.com\")");
        TestActor.in(org, "監査 一郎", Permission.AUDIT_TRAIL_READ).signIn();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long count = auditTrail.exportCsv(AuditQuery.all(), Locale.JAPANESE, out);

        byte[] bytes = out.toByteArray();
        assertThat(count).isEqualTo(2);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).startsWith("通番,日時,組織,操作者");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains("課室を作成", "system");
        assertThat(lines.get(2)).contains("'=HYPERLINK(");
    }
}
