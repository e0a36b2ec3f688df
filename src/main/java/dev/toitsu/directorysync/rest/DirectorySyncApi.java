package dev.toitsu.directorysync.rest;

import dev.toitsu.directorysync.DirectorySync;
import dev.toitsu.directorysync.SyncRun;
import dev.toitsu.shared.DomainException;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Directory sync for automation: a nightly job uploads the personnel export, checks the plan, applies it. */
@RestController
@RequestMapping("/api/v1/directory-sync/runs")
@PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
class DirectorySyncApi {

    private final DirectorySync sync;

    DirectorySyncApi(DirectorySync sync) {
        this.sync = sync;
    }

    /** Previews a personnel file (CSV or Excel, multipart {@code file}) or the LDAP directory ({@code source=LDAP}). */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SyncRun preview(
            @RequestParam(defaultValue = "FILE") String source,
            @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        if ("LDAP".equalsIgnoreCase(source)) {
            return sync.previewLdap();
        }
        SyncRun run = file == null
                ? sync.previewFile(null, null)
                : sync.previewFile(file.getOriginalFilename(), file.getBytes());
        if (run.id() == null) {
            throw new DomainException("directorysync.notApplicable");
        }
        return run;
    }

    /** A previewed run with its plan recomputed against the directory as it is now. */
    @GetMapping("/{id}")
    SyncRun run(@PathVariable UUID id) {
        return sync.run(id);
    }

    /** Applies a previewed run; {@code fingerprint} must be its plan's (409 when the directory changed since). */
    @PostMapping("/{id}/apply")
    SyncRun apply(@PathVariable UUID id, @RequestParam(defaultValue = "") String fingerprint) {
        return sync.apply(id, fingerprint);
    }
}
