package dev.toitsu.workflow.domain;

import dev.toitsu.workflow.VirusScanner;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams the file to {@code clamdscan -} (a running clamd scans it): exit 0 clean, 1 infected, anything else or a
 * timeout is a failure.
 */
public class ClamdScanner implements VirusScanner {

    private static final Logger log = LoggerFactory.getLogger(ClamdScanner.class);

    private final String executable;
    private final long timeoutSeconds;

    public ClamdScanner(String executable, long timeoutSeconds) {
        this.executable = executable;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public Verdict scan(String fileName, byte[] content) {
        try {
            Process process = new ProcessBuilder(List.of(executable, "--no-summary", "--stream", "-"))
                    .redirectErrorStream(true)
                    .start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(content);
            }
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                log.warn("clamdscan timed out on {}", fileName);
                return Verdict.FAILED;
            }
            String output =
                    new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return switch (process.exitValue()) {
                case 0 -> Verdict.CLEAN;
                case 1 -> {
                    log.warn("clamdscan found malware in an upload ({}): {}", fileName, output.strip());
                    yield Verdict.INFECTED;
                }
                default -> {
                    log.warn("clamdscan failed on {}: {}", fileName, output.strip());
                    yield Verdict.FAILED;
                }
            };
        } catch (IOException e) {
            log.warn("clamdscan could not run: {}", e.getMessage());
            return Verdict.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verdict.FAILED;
        }
    }
}
