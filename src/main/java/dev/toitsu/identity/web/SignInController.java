package dev.toitsu.identity.web;

import dev.toitsu.identity.domain.SecondFactor;
import dev.toitsu.identity.security.AccountPrincipal;
import dev.toitsu.identity.security.SignInFlow;
import dev.toitsu.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in pages: the password form, then TOTP enrolment (first time) or a TOTP code. */
@Controller
class SignInController {

    private final SignInFlow flow;
    private final ObjectProvider<ClientRegistrationRepository> identityProviders;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInController(SignInFlow flow, ObjectProvider<ClientRegistrationRepository> identityProviders) {
        this.flow = flow;
        this.identityProviders = identityProviders;
    }

    /** An OpenID Connect provider offered on the sign-in page: its registration id and its name. */
    record IdentityProvider(String id, String name) {}

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login(Model model) {
        List<IdentityProvider> providers = new ArrayList<>();
        if (identityProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration r = (ClientRegistration) registration;
                providers.add(new IdentityProvider(r.getRegistrationId(), r.getClientName()));
            }
        }
        model.addAttribute("identityProviders", providers);
        return "identity/login";
    }

    @GetMapping("/mfa")
    @PreAuthorize("isAuthenticated()")
    String secondFactor(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        if (principal.secondFactorEnrolled()) {
            return "identity/mfa-verify";
        }
        SecondFactor.Enrolment enrolment = flow.enrolment(principal.accountId());
        model.addAttribute("enrolment", enrolment);
        return "identity/mfa-enrol";
    }

    @PostMapping("/mfa")
    @PreAuthorize("isAuthenticated()")
    String verify(
            @AuthenticationPrincipal AccountPrincipal principal,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        try {
            Authentication full = principal.secondFactorEnrolled()
                    ? flow.verify(principal.accountId(), code)
                    : flow.confirmEnrolment(principal.accountId(), code);
            signIn(full, request, response);
            return principal.mustChangePassword() ? "redirect:/account/password" : "redirect:/";
        } catch (DomainException e) {
            if ("login.locked".equals(e.code())) {
                SecurityContextHolder.clearContext();
                request.getSession().invalidate();
                return "redirect:/login?error=locked";
            }
            model.addAttribute("error", e.code());
            if (principal.secondFactorEnrolled()) {
                return "identity/mfa-verify";
            }
            model.addAttribute("enrolment", flow.enrolment(principal.accountId()));
            return "identity/mfa-enrol";
        }
    }

    private void signIn(Authentication full, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId(); // a new session id once fully signed in
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
