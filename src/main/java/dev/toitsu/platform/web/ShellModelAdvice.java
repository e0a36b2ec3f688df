package dev.toitsu.platform.web;

import dev.toitsu.shared.FiscalYear;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the selected fiscal year, its choices and the current path. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ShellModelAdvice {

    private final FiscalYearSelection fiscalYears;

    ShellModelAdvice(FiscalYearSelection fiscalYears) {
        this.fiscalYears = fiscalYears;
    }

    @ModelAttribute("fiscalYear")
    FiscalYear fiscalYear(HttpServletRequest request) {
        return fiscalYears.selected(request.getSession(false));
    }

    @ModelAttribute("fiscalYears")
    List<FiscalYear> fiscalYears() {
        return fiscalYears.choices();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
