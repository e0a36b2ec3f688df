package dev.toitsu.workflow;

/**
 * The hook every uploaded attachment passes before it is stored. The default does not scan ({@code NOT_SCANNED} is
 * recorded); with {@code toitsu.workflow.attachments.clamdscan} set to the path of {@code clamdscan}, ClamAV scans.
 * A deployment may provide its own bean.
 */
public interface VirusScanner {

    Verdict scan(String fileName, byte[] content);

    enum Verdict {
        CLEAN,
        INFECTED,
        NOT_SCANNED,
        /** The scanner could not decide: the upload is refused rather than stored unchecked. */
        FAILED
    }
}
