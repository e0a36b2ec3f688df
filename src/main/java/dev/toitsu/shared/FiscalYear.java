package dev.toitsu.shared;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
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

    /**
     * 令和7年度. A fiscal year takes the era in force at its end when that era already counted the calendar year it
     * starts in: the year from April 2019 is 令和元年度 although 令和 began in May; the year from April 2018 is
     * 平成30年度.
     */
    public String japaneseName() {
        JapaneseDate end = JapaneseDate.from(lastDay());
        int yearOfEra = end.get(ChronoField.YEAR_OF_ERA) - 1;
        java.time.chrono.Era era = end.getEra();
        if (yearOfEra < 1) {
            JapaneseDate start = JapaneseDate.from(firstDay());
            yearOfEra = start.get(ChronoField.YEAR_OF_ERA);
            era = start.getEra();
        }
        String eraName = era.getDisplayName(TextStyle.FULL, Locale.JAPAN);
        return eraName + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年度";
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
