package dev.toitsu.platform.jobs;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs of every module run in the web application only (the command line starts none), and on one
 * instance at a time: ShedLock keeps the lock in the {@code shedlock} table, timed by the database clock (ADR 0004).
 * Each attempt is counted per job ({@code toitsu_jobs_total{job, outcome=started|skipped}}), so that the sum over
 * the instances of a cluster shows each run happened once.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "toitsu.jobs.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource, MeterRegistry meters) {
        LockProvider database = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
        return configuration -> {
            Optional<SimpleLock> lock = database.lock(configuration);
            count(meters, configuration, lock.isPresent() ? "started" : "skipped");
            return lock;
        };
    }

    private static void count(MeterRegistry meters, LockConfiguration configuration, String outcome) {
        meters.counter("toitsu.jobs", "job", configuration.getName(), "outcome", outcome)
                .increment();
    }
}
