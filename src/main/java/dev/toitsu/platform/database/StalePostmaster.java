package dev.toitsu.platform.database;

import dev.toitsu.platform.DataDirectoryInUseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a {@code kill -9} of the JVM the embedded postgres keeps running and holds {@code postmaster.pid}; the next
 * start would wait and give up. Stop such an orphan first, but only if the pid really is a postgres serving this
 * directory and nobody is connected to it: a postmaster with client connections belongs to a running toitsu, and
 * starting a second one on the same directory is refused with {@link DataDirectoryInUseException}.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {}

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty() || !servesDirectory(process.get(), lines.get(1).trim(), dataDirectory)) {
            return;
        }
        if (lines.size() >= 4 && hasClients(Integer.parseInt(lines.get(3).trim()))) {
            throw new DataDirectoryInUseException(
                    dataDirectory, Integer.parseInt(lines.get(3).trim()));
        }
        log.warn("Stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", pid);
        process.get().destroy(); // SIGTERM: smart shutdown, no data loss
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (process.get().isAlive() && Instant.now().isBefore(deadline)) {
            sleep();
        }
        if (process.get().isAlive()) {
            process.get().destroyForcibly();
        }
    }

    private static boolean servesDirectory(ProcessHandle process, String directoryInPidFile, Path dataDirectory)
            throws IOException {
        String command = process.info().command().orElse("");
        return command.endsWith("postgres")
                && Path.of(directoryInPidFile).toRealPath().equals(dataDirectory.toRealPath());
    }

    /** Whether any client besides this check is connected: a running server keeps its pool open. */
    static boolean hasClients(int port) {
        Properties credentials = new Properties();
        credentials.setProperty("user", "postgres");
        credentials.setProperty("connectTimeout", "5");
        credentials.setProperty("socketTimeout", "10");
        try (Connection connection =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", credentials);
                Statement statement = connection.createStatement();
                ResultSet clients = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                        + " WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
            return clients.next() && clients.getLong(1) > 0;
        } catch (SQLException e) {
            return false; // not reachable: a dying or foreign process; the normal start reports what it finds
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
