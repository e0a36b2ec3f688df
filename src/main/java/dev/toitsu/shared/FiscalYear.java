package dev.toitsu.shared;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * 年度: the Japanese fiscal year, April to March, named by the calendar year in which it starts. Shown with its
 * 和暦 name as well (2025 → 令和7年度, 2019 → 令和元年度).
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    public FiscalYear {
        if (startYear < 1989 || startYear > 9999) {
            throw new IllegalArgumentException("fiscal year out of range: " + startYear);
        }
    }

    public static FiscalYear of(int startYear) {
        return new FiscalYear(startYear);
    }

    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    /** 令和7年度; the era is the one in force on the first day of the year (平成31年度 began in 平成). */
    public String japaneseName() {
        JapaneseDate first = JapaneseDate.from(firstDay());
        int yearOfEra = first.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        String era = first.getEra().getDisplayName(TextStyle.FULL, Locale.JAPAN);
        return era + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年度";
    }

    /** FY2025 */
    public String westernName() {
        return "FY" + startYear;
    }

    public String displayName(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage())
                ? japaneseName() + "（" + startYear + "年度）"
                : westernName() + " (" + japaneseName() + ")";
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return westernName();
    }
}
