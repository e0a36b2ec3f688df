package dev.toitsu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.ToitsuApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Production mode (demo off) on its own embedded cluster: refuses to start without a secret key, without an initial
 * administrator password on an empty database, and while demo accounts exist.
 */
class ProductionReadinessTest {

    private Path dataDirectory;

    @BeforeEach
    void freshDirectory() throws Exception {
        Files.createDirectories(Path.of("target"));
        dataDirectory =
                Files.createTempDirectory(Path.of("target"), "pg-production-").resolve("pg");
    }

    private ConfigurableApplicationContext start(String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--toitsu.database.embedded=true",
                "--toitsu.database.data-directory=" + dataDirectory,
                "--toitsu.database.pool-size=4",
                "--server.port=0",
                "--logging.level.root=warn",
                "--logging.level.org.springframework.boot.SpringApplication=off",
                "--logging.level.org.springframework.context=off",
                "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(ToitsuApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(arguments.toArray(String[]::new));
    }

    @Test
    void refusesToStartWithoutASecretKey() {
        assertThatThrownBy(() -> start("--toitsu.demo.enabled=false"))
                .rootCause()
                .hasMessageContaining("TOITSU_SECRET_KEY");
    }

    @Test
    void refusesToStartOnAnEmptyDatabaseWithoutAnInitialAdministratorPassword() {
        assertThatThrownBy(() -> start("--toitsu.demo.enabled=false", "--toitsu.secret-key=" + "k".repeat(40)))
                .hasMessageContaining("TOITSU_INITIAL_ADMIN_PASSWORD");
    }

    @Test
    void createsTheInitialAdministratorWhoMustChangeThePassword() {
        try (var context = start(
                "--toitsu.demo.enabled=false",
                "--toitsu.secret-key=" + "k".repeat(40),
                "--toitsu.initial-admin.password=first-start-passphrase-2026")) {
            AccountSummary admin =
                    context.getBean(Accounts.class).byUsername("admin").orElseThrow();
            assertThat(admin.mustChangePassword()).isTrue();
            assertThat(admin.secondFactorEnrolled()).isFalse();
        }
        // the next start needs no password any more
        try (var context = start("--toitsu.demo.enabled=false", "--toitsu.secret-key=" + "k".repeat(40))) {
            assertThat(context.getBean(Accounts.class).anyPlatformAdministrator())
                    .isTrue();
        }
    }

    @Test
    void refusesToStartWhileDemoAccountsExist() {
        try (var context = start("--toitsu.demo.enabled=true")) {
            assertThat(context.getBean(Accounts.class).anyEnabledDemoAccount()).isTrue();
        }
        assertThatThrownBy(() -> start(
                        "--toitsu.demo.enabled=false",
                        "--toitsu.secret-key=" + "k".repeat(40),
                        "--toitsu.initial-admin.password=first-start-passphrase-2026"))
                .hasMessageContaining("demo accounts");
    }
}
