package dev.toitsu.identity.security;

import dev.toitsu.platform.DeploymentMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The key that protects secrets at rest. Production takes it from the environment ({@code TOITSU_SECRET_KEY}) and
 * refuses to start without it; a demo installation makes one on first start and keeps it beside its data.
 */
@Component
public class SecretKeySource {

    private static final Logger log = LoggerFactory.getLogger(SecretKeySource.class);

    private final String key;

    SecretKeySource(
            @Value("${toitsu.secret-key:${TOITSU_SECRET_KEY:}}") String configured,
            @Value("${toitsu.database.data-directory:./data/pg}") Path dataDirectory,
            DeploymentMode mode) {
        if (StringUtils.hasText(configured)) {
            if (configured.length() < 32) {
                throw new IllegalStateException("TOITSU_SECRET_KEY must be at least 32 characters long");
            }
            this.key = configured;
        } else if (mode.isProduction()) {
            throw new IllegalStateException(
                    "Production mode needs TOITSU_SECRET_KEY (at least 32 random characters) in the environment");
        } else {
            this.key = demoKey(dataDirectory.toAbsolutePath().getParent().resolve("secret.key"));
        }
    }

    public String key() {
        return key;
    }

    private static String demoKey(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String generated = HexFormat.of().formatHex(random);
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            log.info("Generated a secret key for this demo installation in {}", file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
