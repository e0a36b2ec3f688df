package dev.toitsu.directorysync.web;

import dev.toitsu.directorysync.DirectorySync;
import dev.toitsu.directorysync.SyncChange;
import dev.toitsu.directorysync.SyncRun;
import dev.toitsu.shared.DomainException;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 人事・ディレクトリ連携: upload or read LDAP → preview → apply. */
@Controller
@RequestMapping("/directory-sync")
@PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
class DirectorySyncController {

    static final List<SyncChange.Kind> KINDS = List.of(SyncChange.Kind.values());

    private final DirectorySync sync;

    DirectorySyncController(DirectorySync sync) {
        this.sync = sync;
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute("history", sync.history());
        model.addAttribute("ldap", sync.ldapConfigured());
        return "directorysync/index";
    }

    @PostMapping("/file")
    String previewFile(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        SyncRun run;
        try {
            run = file == null
                    ? sync.previewFile(null, null)
                    : sync.previewFile(file.getOriginalFilename(), file.getBytes());
        } catch (DomainException e) {
            return failed(model, e);
        }
        if (run.id() == null) {
            return show(model, run);
        }
        return "redirect:/directory-sync/runs/" + run.id();
    }

    @PostMapping("/ldap")
    String previewLdap(Model model) {
        try {
            return "redirect:/directory-sync/runs/" + sync.previewLdap().id();
        } catch (DomainException e) {
            return failed(model, e);
        }
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable UUID id, Model model) {
        return show(model, sync.run(id));
    }

    @PostMapping("/runs/{id}/apply")
    String apply(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String fingerprint,
            Model model,
            RedirectAttributes redirect) {
        try {
            sync.apply(id, fingerprint);
        } catch (DomainException e) {
            model.addAttribute("errorCode", e.code());
            model.addAttribute("errorArguments", e.arguments());
            return show(model, sync.run(id));
        }
        redirect.addFlashAttribute("flash", "directorysync.applied");
        return "redirect:/directory-sync/runs/" + id;
    }

    private String show(Model model, SyncRun run) {
        model.addAttribute("run", run);
        model.addAttribute("kinds", KINDS);
        return "directorysync/run";
    }

    private String failed(Model model, DomainException e) {
        model.addAttribute("errorCode", e.code());
        model.addAttribute("errorArguments", e.arguments());
        return index(model);
    }
}
