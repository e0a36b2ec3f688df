package dev.toitsu.catalog.web;

import dev.toitsu.catalog.Catalog;
import dev.toitsu.catalog.EditionSummary;
import dev.toitsu.catalog.ImportRequest;
import dev.toitsu.shared.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Base64;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import of an edition from its official text, in two steps: preview (what was recognized, what could not be
 * placed) and commit. The previewed file travels back in the form (base64), so nothing is kept on the server
 * between the steps and a half-finished import leaves no trace.
 */
@Controller
@RequestMapping("/catalog/import")
@PreAuthorize("hasAuthority('PERM_CATALOG_ADMINISTER')")
class CatalogImportController {

    private final Catalog catalog;

    CatalogImportController(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The form's fields; {@code content} is the base64 of a file already previewed. */
    static final class ImportForm {
        private String code = "";
        private String title = "";
        private String framework = "nisc-unified";
        private String publisher = "";

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate publishedOn;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate effectiveOn;

        private String attribution = "";
        private String fileName = "";
        private String content = "";

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getFramework() {
            return framework;
        }

        public void setFramework(String framework) {
            this.framework = framework;
        }

        public String getPublisher() {
            return publisher;
        }

        public void setPublisher(String publisher) {
            this.publisher = publisher;
        }

        public LocalDate getPublishedOn() {
            return publishedOn;
        }

        public void setPublishedOn(LocalDate publishedOn) {
            this.publishedOn = publishedOn;
        }

        public LocalDate getEffectiveOn() {
            return effectiveOn;
        }

        public void setEffectiveOn(LocalDate effectiveOn) {
            this.effectiveOn = effectiveOn;
        }

        public String getAttribution() {
            return attribution;
        }

        public void setAttribution(String attribution) {
            this.attribution = attribution;
        }

        public String getFileName() {
            return fileName;
        }

        public void setFileName(String fileName) {
            this.fileName = fileName;
        }

        public String getContent() {
            return content;
        }

        public void setContent(String content) {
            this.content = content;
        }
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new ImportForm());
        return page(model);
    }

    @PostMapping
    String submit(
            @ModelAttribute("form") ImportForm form,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "action", defaultValue = "preview") String action,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        if (file != null && !file.isEmpty()) {
            form.content = Base64.getEncoder().encodeToString(file.getBytes());
            form.fileName = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        }
        try {
            if (form.content == null || form.content.isEmpty()) {
                throw new DomainException("catalog.import.fileRequired");
            }
            ImportRequest request = new ImportRequest(
                    form.code.strip(),
                    form.title,
                    form.framework,
                    form.publisher,
                    form.publishedOn,
                    form.effectiveOn,
                    form.attribution,
                    form.fileName,
                    Base64.getDecoder().decode(form.content));
            if (action.equals("commit")) {
                EditionSummary edition = catalog.importEdition(request);
                redirect.addFlashAttribute("imported", edition);
                return "redirect:/catalog/editions/" + edition.code();
            }
            model.addAttribute("preview", catalog.preview(request));
        } catch (DomainException e) {
            response.setStatus(e instanceof dev.toitsu.shared.ConflictException ? 409 : 400);
            model.addAttribute("errorCode", e.code());
            model.addAttribute("errorArguments", e.arguments());
            if (!isFileError(e.code())) {
                model.addAttribute("keepFile", true);
            } else {
                form.content = "";
                form.fileName = "";
            }
        } catch (IllegalArgumentException badBase64) {
            response.setStatus(400);
            model.addAttribute("errorCode", "catalog.import.notText");
            model.addAttribute("errorArguments", new Object[0]);
            form.content = "";
        }
        return page(model);
    }

    private static boolean isFileError(String code) {
        return code.startsWith("catalog.import.");
    }

    private String page(Model model) {
        model.addAttribute("frameworks", catalog.frameworks());
        model.addAttribute("maxMegabytes", Catalog.MAX_IMPORT_BYTES / (1024 * 1024));
        return "catalog/import";
    }
}
