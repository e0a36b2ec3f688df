package dev.toitsu.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Shell actions shared by every page: choosing the fiscal year. */
@Controller
class ShellController {

    private final FiscalYearSelection fiscalYears;

    ShellController(FiscalYearSelection fiscalYears) {
        this.fiscalYears = fiscalYears;
    }

    @PostMapping("/fiscal-year")
    @PreAuthorize("isAuthenticated()")
    String selectFiscalYear(@RequestParam int year, HttpSession session, HttpServletRequest request) {
        fiscalYears.select(session, year);
        String referer = request.getHeader("Referer");
        // only return to a page of this application
        String target = referer != null && referer.startsWith(request.getScheme() + "://" + request.getServerName())
                ? referer.replaceFirst("^https?://[^/]+", "")
                : "/";
        return "redirect:" + (target.startsWith("/") && !target.startsWith("//") ? target : "/");
    }
}
