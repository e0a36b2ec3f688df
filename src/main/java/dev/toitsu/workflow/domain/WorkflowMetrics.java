package dev.toitsu.workflow.domain;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Queue depths for monitoring: requests waiting for a decision, and those past their step's due date
 * ({@code toitsu_requests_waiting}, {@code toitsu_requests_overdue}), over all organizations. Counted at most every
 * 30 seconds, whatever the scrape interval, from the partial index on submitted requests.
 */
@Component
class WorkflowMetrics implements MeterBinder {

    private static final Duration FRESH = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Instant countedAt = Instant.MIN;
    private volatile long waiting;
    private volatile long overdue;

    WorkflowMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("toitsu.requests.waiting", this, m -> m.counted().waiting)
                .description("Requests waiting for a decision")
                .register(registry);
        Gauge.builder("toitsu.requests.overdue", this, m -> m.counted().overdue)
                .description("Requests waiting past the due date of their step")
                .register(registry);
    }

    private synchronized WorkflowMetrics counted() {
        Instant now = clock.instant();
        if (Duration.between(countedAt, now).compareTo(FRESH) > 0) {
            LocalDate today = LocalDate.now(clock);
            jdbc.sql("""
                            select count(*) as waiting, count(*) filter (where step_due_on < ?) as overdue
                            from approval_request where state = 'SUBMITTED'""")
                    .param(today)
                    .query((rs, n) -> {
                        waiting = rs.getLong("waiting");
                        overdue = rs.getLong("overdue");
                        return null;
                    })
                    .optional();
            countedAt = now;
        }
        return this;
    }
}
