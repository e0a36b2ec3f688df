package dev.toitsu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void runsFromAprilToMarch() {
        assertThat(FiscalYear.containing(LocalDate.of(2026, 3, 31))).isEqualTo(FiscalYear.of(2025));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 4, 1))).isEqualTo(FiscalYear.of(2026));
        assertThat(FiscalYear.of(2025).firstDay()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(FiscalYear.of(2025).lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(FiscalYear.of(2025).contains(LocalDate.of(2026, 1, 15))).isTrue();
        assertThat(FiscalYear.of(2025).contains(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void namesTheYearInTheJapaneseEra() {
        assertThat(FiscalYear.of(2025).japaneseName()).isEqualTo("令和7年度");
        assertThat(FiscalYear.of(2019).japaneseName()).isEqualTo("令和元年度");
        assertThat(FiscalYear.of(2018).japaneseName()).isEqualTo("平成30年度");
    }

    @Test
    void showsBothCalendarsInEitherLanguage() {
        assertThat(FiscalYear.of(2026).displayName(Locale.JAPANESE)).isEqualTo("令和8年度（2026年度）");
        assertThat(FiscalYear.of(2026).displayName(Locale.ENGLISH)).isEqualTo("FY2026 (令和8年度)");
    }

    @Test
    void refusesYearsBeforeTheHeiseiEra() {
        assertThatThrownBy(() -> FiscalYear.of(1900)).isInstanceOf(IllegalArgumentException.class);
    }
}
