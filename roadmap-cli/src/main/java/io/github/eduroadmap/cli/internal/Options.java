package io.github.eduroadmap.cli.internal;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Level;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Reads the values of command-line options; each returns empty for a value it does not understand. */
public final class Options {

    private Options() {}

    /**
     * Reads an encoding: a Java charset name, "cp1251" or "1251" for Windows-1251.
     *
     * @param name the name
     * @return the charset
     */
    public static Optional<Charset> charset(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("1251") || n.equals("cp1251") || n.equals("win1251")) {
            n = "windows-1251";
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a CSV delimiter: one character, or "tab", "semicolon", "comma".
     *
     * @param text the text
     * @return the delimiter
     */
    public static Optional<Character> delimiter(String text) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "tab":
            case "\\t":
                return Optional.of('\t');
            case "semicolon":
                return Optional.of(';');
            case "comma":
                return Optional.of(',');
            default:
                return text.length() == 1 && text.charAt(0) != '"' && text.charAt(0) != '\n'
                        ? Optional.of(text.charAt(0))
                        : Optional.empty();
        }
    }

    /**
     * Reads a level: federal, regional, municipal or school.
     *
     * @param text the text
     * @return the level
     */
    public static Optional<Level> level(String text) {
        for (Level l : Level.values()) {
            if (l.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a period: a year "2022", a month "2022-03", or a range of months or days "2022-12/2023-11",
     * "2021-02-25/2021-12-12".
     *
     * @param text the text
     * @return the period
     */
    public static Optional<DateRange> period(String text) {
        String t = text.strip();
        try {
            int slash = t.indexOf('/');
            if (slash < 0) {
                if (t.matches("\\d{4}")) {
                    return Optional.of(DateRange.ofYear(Year.parse(t).getValue()));
                }
                if (t.matches("\\d{4}-\\d{2}")) {
                    return Optional.of(DateRange.ofMonth(YearMonth.parse(t)));
                }
                return Optional.empty();
            }
            String from = t.substring(0, slash);
            String to = t.substring(slash + 1);
            if (from.matches("\\d{4}-\\d{2}") && to.matches("\\d{4}-\\d{2}")) {
                return Optional.of(DateRange.ofMonths(YearMonth.parse(from), YearMonth.parse(to)));
            }
            return Optional.of(DateRange.of(LocalDate.parse(from), LocalDate.parse(to)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
