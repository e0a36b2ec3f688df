package dev.toitsu.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import dev.toitsu.support.DemoSignIn;
import dev.toitsu.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Issue 13, observability: probes, metrics behind a scrape token, request ids. */
@IntegrationTest
class ObservabilityIntegrationTest {

    private static final String SCRAPE_TOKEN = "test-scrape-token-7f3a9c"; // application-test.yml

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    DemoSignIn signIn;

    @Test
    void probesAnswerWithoutSignInAndReadinessIncludesTheDatabase() {
        assertThat(mvc.get().uri("/actuator/health/liveness"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");
        assertThat(mvc.get().uri("/actuator/health/readiness"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void metricsNeedTheScrapeTokenOrAPlatformAdministrator() {
        assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/actuator/prometheus").header("Authorization", "Bearer wrong-token"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/actuator/prometheus").with(signIn.as("ciso")))
                .hasStatus(403);

        assertThat(mvc.get().uri("/actuator/prometheus").header("Authorization", "Bearer " + SCRAPE_TOKEN))
                .hasStatusOk()
                .bodyText()
                .contains(
                        "toitsu_signin_total",
                        "toitsu_requests_waiting",
                        "toitsu_requests_overdue",
                        "application=\"toitsu\"");
        assertThat(mvc.get().uri("/actuator/prometheus").with(signIn.as("admin")))
                .hasStatusOk();
    }

    @Test
    void failedSignInsAreCountedWithoutNames() {
        double before = failedPasswords();
        mvc.post()
                .uri("/login")
                .param("username", "nobody-" + System.nanoTime())
                .param("password", "wrong-password")
                .with(csrf())
                .exchange();
        assertThat(failedPasswords()).isEqualTo(before + 1);
        assertThat(meters.find("toitsu.signin").counters())
                .allSatisfy(counter -> assertThat(counter.getId().getTags())
                        .extracting(tag -> tag.getKey())
                        .containsOnly("application", "outcome", "factor"));
    }

    @Test
    void everyAnswerCarriesARequestIdAndAForgedOneIsReplaced() {
        String id = mvc.get().uri("/login").exchange().getResponse().getHeader("X-Request-Id");
        assertThat(id).matches("[0-9a-f-]{36}");

        assertThat(mvc.get()
                        .uri("/login")
                        .header("X-Request-Id", "proxy-1234abcd")
                        .exchange()
                        .getResponse()
                        .getHeader("X-Request-Id"))
                .isEqualTo("proxy-1234abcd");
        assertThat(mvc.get()
                        .uri("/login")
                        .header("X-Request-Id", "evil\nINFO forged line")
                        .exchange()
                        .getResponse()
                        .getHeader("X-Request-Id"))
                .matches("[0-9a-f-]{36}");
    }

    @Test
    void jobRunsAreCountedOncePerClusterWideLock() {
        String job = "observability-test-" + System.nanoTime();
        LockConfiguration configuration =
                new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ofSeconds(30));

        var first = locks.lock(configuration); // this instance runs the job
        var second = locks.lock(configuration); // another instance at the same time: skipped
        first.orElseThrow().unlock();

        assertThat(second).isEmpty();
        assertThat(meters.get("toitsu.jobs")
                        .tag("job", job)
                        .tag("outcome", "started")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(meters.get("toitsu.jobs")
                        .tag("job", job)
                        .tag("outcome", "skipped")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Autowired
    LockProvider locks;

    private double failedPasswords() {
        return meters.get("toitsu.signin")
                .tag("outcome", "failed")
                .tag("factor", "password")
                .counter()
                .count();
    }
}
