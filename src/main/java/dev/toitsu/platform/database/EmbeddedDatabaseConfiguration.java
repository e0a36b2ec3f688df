package dev.toitsu.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts PostgreSQL inside the JVM (zonky binaries) with a data directory that persists between runs, so that
 * {@code ./mvnw spring-boot:run} needs nothing installed. Flyway migrates as the cluster's superuser; the
 * application itself connects as a plain login role through a connection pool.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "toitsu";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException, SQLException {
        Path directory = properties.dataDirectory().toAbsolutePath().normalize();
        if (properties.clean()) {
            deleteRecursively(directory);
        }
        Files.createDirectories(directory.getParent());
        StalePostmaster.stopIfRunning(directory);
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // zonky turns durability off by default; a persistent directory must survive a power cut
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        prepare(postgres, properties.appRole());
        log.info(
                "Embedded PostgreSQL on port {} with data in {} ({} ms)",
                postgres.getPort(),
                directory,
                (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedPostgres postgres) {
        return postgres.getDatabase("postgres", DATABASE);
    }

    @Bean
    @Primary
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("toitsu");
        dataSource.setJdbcUrl(postgres.getJdbcUrl(properties.appRole(), DATABASE));
        dataSource.setUsername(properties.appRole());
        dataSource.setMaximumPoolSize(properties.poolSize());
        return dataSource;
    }

    /** Creates the application database and its login role once; both survive restarts. */
    private static void prepare(EmbeddedPostgres postgres, String appRole) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var roles = statement.executeQuery("select 1 from pg_roles where rolname = '" + appRole + "'");
            if (!roles.next()) {
                statement.execute("create role \"" + appRole + "\" login");
            }
            var databases = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!databases.next()) {
                statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        StalePostmaster.stopIfRunning(directory);
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
