package dev.toitsu.identity.web;

import dev.toitsu.identity.Accounts;
import dev.toitsu.identity.ApiTokens;
import dev.toitsu.identity.security.AccountPrincipal;
import dev.toitsu.identity.security.SignInFlow;
import dev.toitsu.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Self-service: the person's own account, password and API tokens. */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated()")
class AccountController {

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final SignInFlow flow;

    AccountController(Accounts accounts, ApiTokens tokens, SignInFlow flow) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.flow = flow;
    }

    @GetMapping
    String account(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        model.addAttribute("principal", principal);
        model.addAttribute(
                "account", accounts.byUsername(principal.getUsername()).orElseThrow());
        return "identity/account";
    }

    record PasswordForm(
            @NotBlank String currentPassword,
            @NotBlank @Size(max = 128) String newPassword,
            @NotBlank String confirmation) {}

    @GetMapping("/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return "identity/password";
    }

    @PostMapping("/password")
    String changePassword(
            @AuthenticationPrincipal AccountPrincipal principal,
            @Validated @ModelAttribute("form") PasswordForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!binding.hasErrors() && !form.newPassword().equals(form.confirmation())) {
            binding.rejectValue("confirmation", "password.confirmation.mismatch");
        }
        if (!binding.hasErrors()) {
            try {
                accounts.changeOwnPassword(form.currentPassword(), form.newPassword());
            } catch (DomainException e) {
                binding.rejectValue(
                        e.code().startsWith("password.current") ? "currentPassword" : "newPassword",
                        e.code(),
                        e.arguments(),
                        e.code());
            }
        }
        if (binding.hasErrors()) {
            return "identity/password";
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(flow.fullyAuthenticated(principal.accountId()));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/account";
    }

    record TokenForm(
            @NotBlank @Size(max = 100) String name,
            boolean write,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {}

    @GetMapping("/tokens")
    String tokens(Model model) {
        model.addAttribute("tokens", tokens.mine());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new TokenForm("", false, LocalDate.now().plusDays(90)));
        }
        return "identity/tokens";
    }

    @PostMapping("/tokens")
    String issue(@Validated @ModelAttribute("form") TokenForm form, BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                model.addAttribute("issued", tokens.issue(form.name(), form.write(), form.expiresOn()));
            } catch (DomainException e) {
                binding.reject(e.code());
            }
        }
        return tokens(model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("flash", "token.revoked");
        return "redirect:/account/tokens";
    }
}
