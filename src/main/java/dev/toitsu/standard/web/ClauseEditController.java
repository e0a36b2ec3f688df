package dev.toitsu.standard.web;

import dev.toitsu.catalog.NodeKind;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.standard.StandardClause;
import dev.toitsu.standard.StandardClauses;
import dev.toitsu.standard.StandardClauses.ClauseAddition;
import dev.toitsu.standard.StandardClauses.ClauseEdit;
import dev.toitsu.standard.Standards;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editing a draft's clauses on pages: change one, add one after or under it, remove one without children. */
@Controller
@RequestMapping("/standards/versions/{id}/clauses")
@PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
class ClauseEditController {

    static final List<NodeKind> KINDS = List.of(NodeKind.values());

    private final Standards standards;
    private final StandardClauses clauses;

    ClauseEditController(Standards standards, StandardClauses clauses) {
        this.standards = standards;
        this.clauses = clauses;
    }

    @GetMapping("/edit")
    String edit(@PathVariable UUID id, @RequestParam String locator, Model model) {
        StandardClause clause = clause(id, locator);
        return editPage(id, clause, clause.locator(), clause.title(), clause.text(), model);
    }

    @PostMapping("/edit")
    String revise(
            @PathVariable UUID id,
            @RequestParam String locator,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String newLocator,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String text,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            clauses.revise(id, version, locator, new ClauseEdit(newLocator, title, text));
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            refused(e, model, response);
            return editPage(id, clause(id, locator), newLocator, title, text, model);
        }
        redirect.addFlashAttribute("notice", "standard.clause.saved");
        return back(id, newLocator.isBlank() ? locator : newLocator);
    }

    @PostMapping("/remove")
    String remove(
            @PathVariable UUID id,
            @RequestParam String locator,
            @RequestParam long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        StandardClause clause = clause(id, locator);
        try {
            clauses.remove(id, version, locator);
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            refused(e, model, response);
            return editPage(id, clause, clause.locator(), clause.title(), clause.text(), model);
        }
        redirect.addFlashAttribute("notice", "standard.clause.removed");
        return "redirect:/standards/versions/" + id;
    }

    @GetMapping("/new")
    String newClause(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String parent,
            @RequestParam(defaultValue = "") String after,
            Model model) {
        return newPage(id, parent, after, "", NodeKind.REQUIREMENT, "", "", model);
    }

    @PostMapping("/new")
    String add(
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String parent,
            @RequestParam(defaultValue = "") String after,
            @RequestParam(defaultValue = "") String locator,
            @RequestParam(defaultValue = "REQUIREMENT") NodeKind kind,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String text,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            clauses.add(id, version, new ClauseAddition(parent, after, locator, kind, title, text));
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            refused(e, model, response);
            return newPage(id, parent, after, locator, kind, title, text, model);
        }
        redirect.addFlashAttribute("notice", "standard.clause.added");
        return back(id, locator.strip());
    }

    private String editPage(UUID id, StandardClause clause, String locator, String title, String text, Model model) {
        model.addAttribute("version", standards.version(id));
        model.addAttribute("clause", clause);
        model.addAttribute(
                "hasChildren",
                standards.clauses(id).stream().anyMatch(c -> clause.locator().equals(c.parentLocator())));
        model.addAttribute("locator", locator);
        model.addAttribute("title", title == null ? "" : title);
        model.addAttribute("text", text == null ? "" : text);
        return "standard/clause-edit";
    }

    private String newPage(
            UUID id,
            String parent,
            String after,
            String locator,
            NodeKind kind,
            String title,
            String text,
            Model model) {
        model.addAttribute("version", standards.version(id));
        model.addAttribute("parent", parent);
        model.addAttribute("after", after);
        model.addAttribute("locator", locator);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("title", title);
        model.addAttribute("text", text);
        return "standard/clause-new";
    }

    private StandardClause clause(UUID id, String locator) {
        return standards.clauses(id).stream()
                .filter(c -> c.locator().equals(locator))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("standard.clause.notFound", locator));
    }

    private static void refused(DomainException e, Model model, HttpServletResponse response) {
        response.setStatus(e instanceof ConflictException ? 409 : 400);
        model.addAttribute("errorCode", e.code());
        model.addAttribute("errorArguments", e.arguments());
    }

    private static String back(UUID id, String locator) {
        return "redirect:/standards/versions/" + id + "#clause-" + URLEncoder.encode(locator, StandardCharsets.UTF_8);
    }
}
