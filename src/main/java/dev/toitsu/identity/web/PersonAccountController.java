package dev.toitsu.identity.web;

import dev.toitsu.identity.AccountSummary;
import dev.toitsu.identity.Accounts;
import dev.toitsu.organization.OrganizationDirectory;
import dev.toitsu.organization.PersonProfile;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
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

/**
 * A person's sign-in account, for the organization's administrators: open one with a temporary password, unlock it,
 * reset the password or the second factor, disable or enable it. Linked from the person page.
 */
@Controller
@RequestMapping("/people/{personId}/account")
@PreAuthorize("hasAuthority('PERM_ORGANIZATION_ADMINISTER')")
class PersonAccountController {

    private final Accounts accounts;
    private final OrganizationDirectory directory;

    PersonAccountController(Accounts accounts, OrganizationDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @GetMapping
    String show(@PathVariable UUID personId, Model model) {
        PersonProfile person = person(personId);
        model.addAttribute("person", person);
        model.addAttribute("account", accounts.ofPerson(personId).orElse(null));
        model.addAttribute(
                "organizationWide", Actors.current().canOrganizationWide(Permission.ORGANIZATION_ADMINISTER));
        return "identity/person-account";
    }

    @PostMapping("/open")
    String open(
            @PathVariable UUID personId,
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String temporaryPassword,
            Model model,
            RedirectAttributes redirect) {
        try {
            accounts.open(person(personId).id(), username, temporaryPassword);
        } catch (DomainException e) {
            model.addAttribute("error", e.code());
            model.addAttribute("errorArguments", e.arguments());
            model.addAttribute("username", username);
            return show(personId, model);
        }
        redirect.addFlashAttribute("flash", "account.admin.opened");
        return "redirect:/people/" + personId + "/account";
    }

    @PostMapping("/password")
    String resetPassword(
            @PathVariable UUID personId,
            @RequestParam(defaultValue = "") String temporaryPassword,
            Model model,
            RedirectAttributes redirect) {
        try {
            accounts.resetPassword(account(personId).id(), temporaryPassword);
        } catch (DomainException e) {
            model.addAttribute("error", e.code());
            model.addAttribute("errorArguments", e.arguments());
            return show(personId, model);
        }
        redirect.addFlashAttribute("flash", "account.admin.passwordReset");
        return "redirect:/people/" + personId + "/account";
    }

    @PostMapping("/unlock")
    String unlock(@PathVariable UUID personId, RedirectAttributes redirect) {
        accounts.unlock(account(personId).id());
        redirect.addFlashAttribute("flash", "account.admin.unlocked");
        return "redirect:/people/" + personId + "/account";
    }

    @PostMapping("/second-factor/reset")
    String resetSecondFactor(@PathVariable UUID personId, RedirectAttributes redirect) {
        accounts.resetSecondFactor(account(personId).id());
        redirect.addFlashAttribute("flash", "account.admin.secondFactorReset");
        return "redirect:/people/" + personId + "/account";
    }

    @PostMapping("/disable")
    String disable(@PathVariable UUID personId, RedirectAttributes redirect) {
        accounts.disable(account(personId).id());
        redirect.addFlashAttribute("flash", "account.admin.disabled");
        return "redirect:/people/" + personId + "/account";
    }

    @PostMapping("/enable")
    String enable(@PathVariable UUID personId, RedirectAttributes redirect) {
        accounts.enable(account(personId).id());
        redirect.addFlashAttribute("flash", "account.admin.enabled");
        return "redirect:/people/" + personId + "/account";
    }

    /** The person, if the actor's organization is theirs; any other answers 404. */
    private PersonProfile person(UUID personId) {
        Actor actor = Actors.current();
        PersonProfile person = directory.person(personId).orElseThrow(() -> new NotFoundException("error.notFound"));
        Actors.requireSameOrganization(actor, person.organizationId());
        return person;
    }

    private AccountSummary account(UUID personId) {
        return accounts.ofPerson(person(personId).id()).orElseThrow(() -> new NotFoundException("error.notFound"));
    }
}
