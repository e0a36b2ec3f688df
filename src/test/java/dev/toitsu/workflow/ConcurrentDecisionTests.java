package dev.toitsu.workflow;

import static dev.toitsu.workflow.WorkflowFixture.approve;
import static dev.toitsu.workflow.WorkflowFixture.exemption;
import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.shared.ConflictException;
import dev.toitsu.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two approvers decide the same request at the same moment, on two threads with two database connections: exactly
 * one decision is recorded, the other approver gets the conflict message.
 */
@IntegrationTest
class ConcurrentDecisionTests {

    private static final int ROUNDS = 20;

    @Autowired
    WorkflowFixture fixture;

    @Autowired
    ApprovalRequests requests;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** Prints decisions per second of one approver deciding one request after another (figure, not assertion). */
    @Test
    void measuresSequentialDecisions() {
        var w = fixture.world();
        LocalDate today = LocalDate.now(clock);
        int n = 100;
        List<ApprovalRequest> open = new ArrayList<>();
        long submitStart = System.nanoTime();
        for (int i = 0; i < n; i++) {
            open.add(fixture.as(w.applicant(), () -> requests.create(exemption(today, today.plusDays(5)), true)));
        }
        long submitNanos = System.nanoTime() - submitStart;
        long start = System.nanoTime();
        for (ApprovalRequest r : open) {
            fixture.as(w.iso1(), () -> requests.decide(r.id(), approve(r.version())));
        }
        long nanos = System.nanoTime() - start;
        System.out.printf(
                "sequential: %d submissions in %d ms (%.0f/s), %d decisions in %d ms (%.0f/s)%n",
                n, submitNanos / 1_000_000, n / (submitNanos / 1e9), n, nanos / 1_000_000, n / (nanos / 1e9));
        assertThat(jdbc.sql("select count(*) from exemption_record where organization_id = :o")
                        .param("o", w.organizationId())
                        .query(Long.class)
                        .single())
                .isEqualTo(n);
    }

    @Test
    void twoApproversAtOnceGiveExactlyOneDecision() throws Exception {
        var w = fixture.world();
        LocalDate today = LocalDate.now(clock);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int conflicts = 0;
        long started = System.nanoTime();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                ApprovalRequest r =
                        fixture.as(w.applicant(), () -> requests.create(exemption(today, today.plusDays(5)), true));
                CountDownLatch ready = new CountDownLatch(2);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> outcomes = new ArrayList<>();
                for (var approver : List.of(w.iso1(), w.iso2())) {
                    outcomes.add(pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        try {
                            fixture.as(approver, () -> requests.decide(r.id(), approve(r.version())));
                            return "decided";
                        } catch (ConflictException e) {
                            return e.code();
                        }
                    }));
                }
                ready.await(10, TimeUnit.SECONDS);
                go.countDown();
                List<String> results = new ArrayList<>();
                for (Future<String> f : outcomes) {
                    results.add(f.get(30, TimeUnit.SECONDS));
                }
                assertThat(results).containsExactlyInAnyOrder("decided", "workflow.request.decidedMeanwhile");
                conflicts++;
                assertThat(jdbc.sql("select count(*) from request_decision where request_id = :id")
                                .param("id", r.id())
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
                assertThat(jdbc.sql("select count(*) from exemption_record where request_id = :id")
                                .param("id", r.id())
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "concurrent decisions: %d rounds, %d conflicts refused, %d ms (%.1f ms per round)%n",
                ROUNDS, conflicts, millis, (double) millis / ROUNDS);
    }
}
