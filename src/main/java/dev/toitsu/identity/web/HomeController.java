package dev.toitsu.identity.web;

import dev.toitsu.identity.security.AccountPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after sign-in: who you are, where, and which roles of the standard you hold. */
@Controller
class HomeController {

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
        model.addAttribute("principal", principal);
        return "home";
    }
}
