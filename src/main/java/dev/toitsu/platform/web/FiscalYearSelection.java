package dev.toitsu.platform.web;

import dev.toitsu.shared.FiscalYear;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The 年度 a person is looking at, kept in the session; the current one until they choose another. */
@Component
public class FiscalYearSelection {

    static final String ATTRIBUTE = "toitsu.fiscalYear";

    private final Clock clock;

    FiscalYearSelection(Clock clock) {
        this.clock = clock;
    }

    public FiscalYear current() {
        return FiscalYear.containing(LocalDate.now(clock));
    }

    public FiscalYear selected(HttpSession session) {
        Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
        return value instanceof Integer year ? FiscalYear.of(year) : current();
    }

    void select(HttpSession session, int year) {
        FiscalYear chosen = FiscalYear.of(year);
        if (choices().contains(chosen)) {
            session.setAttribute(ATTRIBUTE, year);
        }
    }

    /** Five years back, the current year and the next (plans are drafted ahead). */
    public List<FiscalYear> choices() {
        FiscalYear now = current();
        List<FiscalYear> years = new ArrayList<>();
        for (int i = -5; i <= 1; i++) {
            years.add(FiscalYear.of(now.startYear() + i));
        }
        java.util.Collections.reverse(years);
        return years;
    }
}
