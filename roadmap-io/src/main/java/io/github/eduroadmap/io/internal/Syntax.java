package io.github.eduroadmap.io.internal;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.MonthRef;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * The textual forms of dates, months and periods in the file format, read and written without regular expressions.
 *
 * <p>Dates are {@code YYYY-MM-DD} with a four-digit year, months {@code YYYY-MM} or {@code --MM}, periods one of
 * {@code YYYY}, {@code YYYY-Qn}, {@code YYYY-MM}, {@code YYYY-MM/YYYY-MM}, {@code YYYY-MM-DD/YYYY-MM-DD}.
 */
public final class Syntax {

    /** What a date looks like, for messages. */
    public static final String DATE_FORM = "a date YYYY-MM-DD, e.g. 2022-04-20";

    /** What a month looks like, for messages. */
    public static final String MONTH_FORM = "a month YYYY-MM or --MM, e.g. 2022-08 or --03";

    /** What a period looks like, for messages. */
    public static final String PERIOD_FORM =
            "a period YYYY, YYYY-Qn, YYYY-MM, YYYY-MM/YYYY-MM or YYYY-MM-DD/YYYY-MM-DD, e.g. 2022 or 2022-12/2023-11";

    private Syntax() {}

    /**
     * Reads a date.
     *
     * @param s the text
     * @return the date, or null when the text is not a real date in the form {@code YYYY-MM-DD}
     */
    public static LocalDate date(String s) {
        return s.length() == 10 ? date(s, 0) : null;
    }

    private static LocalDate date(String s, int at) {
        if (s.length() < at + 10 || s.charAt(at + 4) != '-' || s.charAt(at + 7) != '-') {
            return null;
        }
        int year = digits(s, at, 4);
        int month = digits(s, at + 5, 2);
        int day = digits(s, at + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Reads a month.
     *
     * @param s the text
     * @return the month, or null when the text is not {@code YYYY-MM} or {@code --MM} with a month 01 to 12
     */
    public static MonthRef month(String s) {
        if (s.length() == 4 && s.charAt(0) == '-' && s.charAt(1) == '-') {
            int m = digits(s, 2, 2);
            return m >= 1 && m <= 12 ? MonthRef.of(Month.of(m)) : null;
        }
        YearMonth ym = s.length() == 7 ? yearMonth(s, 0) : null;
        return ym == null ? null : MonthRef.of(ym);
    }

    private static YearMonth yearMonth(String s, int at) {
        if (s.length() < at + 7 || s.charAt(at + 4) != '-') {
            return null;
        }
        int year = digits(s, at, 4);
        int m = digits(s, at + 5, 2);
        return year >= 0 && m >= 1 && m <= 12 ? YearMonth.of(year, m) : null;
    }

    /**
     * Reads a period.
     *
     * @param s the text
     * @return the range of days, or null when the text is not one of the period forms
     */
    public static DateRange period(String s) {
        switch (s.length()) {
            case 4: {
                int year = digits(s, 0, 4);
                return year >= 0 ? DateRange.ofYear(year) : null;
            }
            case 7: {
                if (s.charAt(5) == 'Q') {
                    int year = digits(s, 0, 4);
                    int q = digits(s, 6, 1);
                    if (s.charAt(4) != '-' || year < 0 || q < 1 || q > 4) {
                        return null;
                    }
                    YearMonth first = YearMonth.of(year, 3 * q - 2);
                    return DateRange.ofMonths(first, first.plusMonths(2));
                }
                YearMonth ym = yearMonth(s, 0);
                return ym == null ? null : DateRange.ofMonth(ym);
            }
            case 15: {
                YearMonth from = s.charAt(7) == '/' ? yearMonth(s, 0) : null;
                YearMonth to = from == null ? null : yearMonth(s, 8);
                return to == null ? null : DateRange.ofMonths(from, to);
            }
            case 21: {
                LocalDate from = s.charAt(10) == '/' ? date(s, 0) : null;
                LocalDate to = from == null ? null : date(s, 11);
                return to == null ? null : new DateRange(from, to);
            }
            default:
                return null;
        }
    }

    /**
     * Tells whether a date can be written in the form {@code YYYY-MM-DD}.
     *
     * @param d the date
     * @return true for years 0000 to 9999
     */
    public static boolean writable(LocalDate d) {
        return d.getYear() >= 0 && d.getYear() <= 9999;
    }

    /**
     * Writes a date; check {@link #writable(LocalDate)} first.
     *
     * @param d the date
     * @return {@code YYYY-MM-DD}
     */
    public static String format(LocalDate d) {
        char[] c = new char[10];
        put(c, 0, d.getYear(), 4);
        c[4] = '-';
        put(c, 5, d.getMonthValue(), 2);
        c[7] = '-';
        put(c, 8, d.getDayOfMonth(), 2);
        return new String(c);
    }

    /**
     * Writes a month; a month with a year outside 0000 to 9999 is not writable.
     *
     * @param m the month
     * @return {@code YYYY-MM} or {@code --MM}, or null when the year cannot be written
     */
    public static String format(MonthRef m) {
        char[] c = new char[m.year().isPresent() ? 7 : 4];
        if (m.year().isPresent()) {
            int year = m.year().get().getValue();
            if (year < 0 || year > 9999) {
                return null;
            }
            put(c, 0, year, 4);
            c[4] = '-';
            put(c, 5, m.month().getValue(), 2);
        } else {
            c[0] = '-';
            c[1] = '-';
            put(c, 2, m.month().getValue(), 2);
        }
        return new String(c);
    }

    /**
     * Writes a period in the first form that fits: a year, a quarter, a month, a span of months, a span of days.
     *
     * @param r the range; both ends writable
     * @return e.g. "2022", "2021-Q1", "2022-03", "2022-12/2023-11", "2021-02-25/2021-12-12"
     */
    public static String format(DateRange r) {
        LocalDate s = r.start();
        LocalDate e = r.end();
        if (r.asYear().isPresent()) {
            char[] c = new char[4];
            put(c, 0, s.getYear(), 4);
            return new String(c);
        }
        if (r.isWholeMonths()) {
            YearMonth from = YearMonth.from(s);
            YearMonth to = YearMonth.from(e);
            if (from.equals(to)) {
                return ym(from);
            }
            if ((from.getMonthValue() - 1) % 3 == 0 && to.equals(from.plusMonths(2))) {
                return ym(from).substring(0, 5) + "Q" + ((from.getMonthValue() + 2) / 3);
            }
            return ym(from) + "/" + ym(to);
        }
        return format(s) + "/" + format(e);
    }

    private static String ym(YearMonth m) {
        char[] c = new char[7];
        put(c, 0, m.getYear(), 4);
        c[4] = '-';
        put(c, 5, m.getMonthValue(), 2);
        return new String(c);
    }

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static int digits(String s, int at, int count) {
        int v = 0;
        for (int i = at; i < at + count; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }
}
