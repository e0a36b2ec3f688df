package dev.toitsu.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL server that toitsu starts when no external database is configured.
 *
 * @param embedded force the embedded server on or off; unset means "on unless spring.datasource.url is set"
 * @param dataDirectory where the cluster lives; kept between runs
 * @param clean wipe the data directory before starting (tests only)
 * @param appRole the login role the application uses; it may not alter append-only tables
 * @param poolSize connections the application keeps open
 */
@ConfigurationProperties("toitsu.database")
public record EmbeddedDatabaseProperties(
        Boolean embedded, Path dataDirectory, boolean clean, String appRole, Integer poolSize) {

    public EmbeddedDatabaseProperties {
        dataDirectory = dataDirectory == null ? Path.of("data", "pg") : dataDirectory;
        appRole = appRole == null || appRole.isBlank() ? "toitsu_app" : appRole;
        poolSize = poolSize == null ? 20 : poolSize;
    }
}
