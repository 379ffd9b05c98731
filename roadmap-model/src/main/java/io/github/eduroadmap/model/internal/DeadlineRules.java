package io.github.eduroadmap.model.internal;

import io.github.eduroadmap.model.Arrangement;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.DueRule;
import io.github.eduroadmap.model.Frequency;
import io.github.eduroadmap.model.MonthRef;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that read one deadline (not a combination) from a range of a {@link DeadlineText folded phrase}.
 *
 * <p>One anchored regular expression per family, built from a few shared fragments (a month, a year with its "г.",
 * a date); none nests a repetition inside a repetition, so matching is linear in the length of the range. A
 * {@link Scan} keeps one {@link Matcher} per rule for all the ranges of one phrase.
 */
final class DeadlineRules {

    /** A month in any form the parser reads, with an optional abbreviation dot; one named group. */
    private static String month(String name) {
        return "(?<" + name + ">" + RussianWords.monthAlternation() + ")\\.?";
    }

    /** The word after a year: "2023г.", "2022 г", "2023 года", "в 2022 году", "2020-2022 гг.". */
    private static final String YEAR_WORD = "(?: ?(?:гг|г|годы|годов|года|году|год)\\.?)?";

    /** A year, four digits, with its optional word; one named group. */
    private static String year(String name) {
        return "(?<" + name + ">\\d{4})" + YEAR_WORD;
    }

    /** A full date, "20.01.2022" or "20 января 2022", with its optional "г."; six named groups ending in {@code s}. */
    private static String date(String s) {
        return "(?:(?<d" + s + ">\\d{1,2})\\.(?<m" + s + ">\\d{1,2})\\.(?<y" + s + ">\\d{4}|\\d{2})" + "|(?<td" + s
                + ">\\d{1,2}) " + month("tm" + s) + " (?<ty" + s + ">\\d{4}))" + YEAR_WORD;
    }

    /** A full date without groups. */
    private static final String ANY_DATE = "(?:\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})|\\d{1,2} "
            + RussianWords.monthAlternation() + "\\.? \\d{4})" + YEAR_WORD;

    /** The words before a due-by date: "до", "в срок до", "не позднее", "к". */
    private static final String BY = "(?:(?:(?:в )?срок )?до|не позднее(?: чем)?|не позже(?: чем)?|к)";

    /** The dash or the words between the ends of a span. */
    private static final String TO = "(?:-| по | до )";

    /** A school quarter number: roman (folded to lower case) or arabic, with an optional ordinal ending. */
    private static String quarterNumber(String name) {
        return "(?<" + name + ">iv|iii|ii|i|[1-4])(?:-?(?:й|ый|ом|м))?";
    }

    /**
     * The due rule after a frequency: "до 10 числа месяца, следующего за отчетным", "в срок до 5-го числа месяца,
     * следующего за отчетным кварталом", "не позднее 10 числа следующего месяца".
     */
    private static final String DUE = "(?:в срок )?(?:до|не позднее(?: чем)?) (?<day>\\d{1,2})(?:-?го)? числа"
            + "(?:(?: месяца)?,? следующего за отчетным(?: (?<unit>месяцем|периодом|кварталом|полугодием|годом))?"
            + "| следующего(?: за отчетным)? месяца)";

    private static final String ONCE = "(?:(?:1|один) )?раз в ";

    private static final String ENDING = "по (?:окончании|итогам|завершении) ";

    private static final Pattern ON_DATE = Pattern.compile(date("1"));
    private static final Pattern BY_DATE = Pattern.compile(BY + " " + date("1") + "(?: включительно)?");
    private static final Pattern BY_END =
            Pattern.compile(BY + " (?:конца|окончания) (?:" + month("mn") + " " + year("y1") + "|" + year("y2") + ")");
    private static final Pattern ON_DATES = Pattern.compile(ANY_DATE + "(?:(?:,|;| и) ?" + ANY_DATE + ")+");
    private static final Pattern A_DATE = Pattern.compile(date("1"));
    private static final Pattern DATE_SPAN = Pattern.compile("(?:(?:в период )?с )?"
            + "(?:(?<d1>\\d{1,2})\\.(?<m1>\\d{1,2})(?:\\.(?<y1>\\d{4}|\\d{2}))?"
            + "|(?<td1>\\d{1,2}) " + month("tm1") + "(?: (?<ty1>\\d{4}))?)" + YEAR_WORD
            + TO + date("2"));
    private static final Pattern IN_MONTH =
            Pattern.compile("(?:в (?:течение )?)?" + month("m1") + "(?: " + year("y1") + ")?");
    private static final Pattern MONTH_SPAN = Pattern.compile("(?:(?:в период )?с |в течение |в )?" + month("m1")
            + "(?: " + year("y1") + ")?" + TO + month("m2") + "(?: " + year("y2") + ")?");
    private static final Pattern QUARTER = Pattern.compile("(?:в )?" + quarterNumber("q1") + "(?:-"
            + quarterNumber("q2") + ")? (?:квартал[аеы]?|кв\\.?)(?: " + year("y") + ")?");
    private static final Pattern HALF_YEAR =
            Pattern.compile("(?:в )?(?<h>ii|i|[12])(?:-?(?:е|ое|м|ом))? полугоди[еия](?: " + year("y") + ")?");
    private static final Pattern YEAR_SPAN =
            Pattern.compile("(?:в |на )?(?<y1>\\d{4})-(?<y2>\\d{4})(?: ?(?:гг|годы|годов|годах|г)\\.?)?");
    private static final Pattern YEAR = Pattern.compile("(?:в |на )?" + year("y"));
    private static final Pattern THROUGHOUT = Pattern.compile("(?:постоянно,? )?(?:"
            + "(?:в течение|на протяжении|в ходе) (?:всего )?(?:(?:учебного|календарного|текущего|отчетного) )?"
            + "(?:года|периода|срока)(?: (?:реализации|действия))?"
            + "|весь период(?: (?:реализации|действия))?"
            + "|(?:в |за )?период (?:реализации|действия))"
            + "(?: (?:проекта|программы|плана|дорожной карты|мероприятий))?(?:,? постоянно)?"
            + "|постоянно|круглогодично");
    private static final Pattern THROUGHOUT_YEAR = Pattern.compile(
            "(?:постоянно,? )?(?:в течение|на протяжении|в ходе) (?:всего )?" + year("y") + "(?:,? постоянно)?");
    private static final Pattern SCHEDULE = Pattern.compile("(?:по|согласно|в соответствии с) "
            + "(?:(?:утвержденному|установленному|отдельному|согласованному|утвержденным|установленным|отдельным"
            + "|согласованным) )?график(?:у|ом|ам|ами|а)?(?: (?<tail>.+))?");
    private static final Pattern REQUEST =
            Pattern.compile("по (?:запросу|запросам|заявке|заявкам|требованию)(?: (?<tail>.+))?");
    private static final Pattern AS_NEEDED = Pattern.compile("(?:по мере|по|при) необходимости");
    private static final Pattern DUE_ALONE = Pattern.compile(DUE);

    /** Recurring deadlines: the words of each frequency, then an optional due rule; school frequencies first. */
    private static final Frequency[] FREQUENCIES = {
        Frequency.SCHOOL_HALF_YEARLY,
        Frequency.SCHOOL_QUARTERLY,
        Frequency.MONTHLY,
        Frequency.QUARTERLY,
        Frequency.HALF_YEARLY,
        Frequency.YEARLY
    };

    private static final Pattern[] RECURRING = {
        recurring("по полугодиям учебного года|" + ENDING
                + "(?:каждого )?(?:учебного полугодия|полугодия учебного года)" + "|по учебным полугодиям"),
        recurring(ENDING + "(?:каждой )?(?:учебной )?четверти|по (?:учебным )?четвертям|ежечетвертно"),
        recurring("ежемесячно|" + ONCE + "месяц|каждый месяц|" + ENDING + "(?:каждого )?месяца"),
        recurring("ежеквартально|" + ONCE + "квартал|каждый квартал|по кварталам|" + ENDING + "(?:каждого )?квартала"),
        recurring("по полугодиям|" + ONCE + "(?:полгода|полугодие)|ежеполугодно|каждое полугодие|" + ENDING
                + "(?:каждого )?полугодия"),
        recurring("ежегодно|" + ONCE + "год|каждый год")
    };

    private static Pattern recurring(String words) {
        return Pattern.compile("(?:" + words + ")(?:,? " + DUE + ")?");
    }

    private static final Pattern[] ALL;

    static {
        List<Pattern> all = new ArrayList<>(List.of(
                ON_DATE,
                BY_DATE,
                BY_END,
                ON_DATES,
                A_DATE,
                DATE_SPAN,
                IN_MONTH,
                MONTH_SPAN,
                QUARTER,
                HALF_YEAR,
                YEAR_SPAN,
                YEAR,
                THROUGHOUT,
                THROUGHOUT_YEAR,
                SCHEDULE,
                REQUEST,
                AS_NEEDED,
                DUE_ALONE));
        all.addAll(List.of(RECURRING));
        ALL = all.toArray(new Pattern[0]);
    }

    /** The most pieces a party of "по запросу" may have: "МОУО, ОО, ГАУ ДПО ПК ИРО". */
    private static final int MAX_TAIL_PIECES = 8;

    private DeadlineRules() {}

    /**
     * Starts reading ranges of one phrase.
     *
     * @param text the folded phrase
     * @return a scan that reuses its matchers
     */
    static Scan scan(DeadlineText text) {
        return new Scan(text);
    }

    /** Reads ranges of one folded phrase; not thread-safe, one per call of the parser. */
    static final class Scan {
        private final DeadlineText text;
        private final Matcher[] matchers = new Matcher[ALL.length];

        private Scan(DeadlineText text) {
            this.text = text;
        }

        /**
         * Reads one deadline from a folded range.
         *
         * @param from the first folded index
         * @param to the folded index after the last
         * @param words the text the deadline keeps
         * @return the deadline, or null when no rule reads the whole range or it names an impossible date
         */
        Deadline read(int from, int to, String words) {
            while (to > from && isTrailing(text.charAt(to - 1))) {
                to--;
            }
            while (from < to && text.charAt(from) == ' ') {
                from++;
            }
            if (from >= to) {
                return null;
            }
            try {
                return Character.isDigit(text.charAt(from)) ? readNumeric(from, to, words) : readWords(from, to, words);
            } catch (DateTimeException | IllegalArgumentException e) {
                // 31.02.2022, month 13, day 0 of a due rule: not a deadline, the validator reports it
                return null;
            }
        }

        private Deadline readNumeric(int from, int to, String words) {
            Matcher m;
            if ((m = match(ON_DATE, from, to)) != null) {
                return new Deadline.OnDate(words, date(m, "1"));
            }
            if ((m = match(DATE_SPAN, from, to)) != null) {
                return dateSpan(m, words);
            }
            if ((m = match(ON_DATES, from, to)) != null) {
                return onDates(from, to, words);
            }
            if ((m = match(QUARTER, from, to)) != null) {
                return quarter(m, words);
            }
            if ((m = match(HALF_YEAR, from, to)) != null) {
                return halfYear(m, words);
            }
            if ((m = match(YEAR_SPAN, from, to)) != null) {
                return new Deadline.MonthSpan(
                        words,
                        MonthRef.of(YearMonth.of(Integer.parseInt(m.group("y1")), 1)),
                        MonthRef.of(YearMonth.of(Integer.parseInt(m.group("y2")), 12)));
            }
            if ((m = match(YEAR, from, to)) != null) {
                return new Deadline.Throughout(words, Optional.of(Year.of(Integer.parseInt(m.group("y")))));
            }
            return recurring(from, to, words);
        }

        private Deadline readWords(int from, int to, String words) {
            Matcher m;
            if ((m = match(IN_MONTH, from, to)) != null) {
                return new Deadline.InMonth(words, monthRef(m, "m1", "y1"));
            }
            if ((m = match(MONTH_SPAN, from, to)) != null) {
                return new Deadline.MonthSpan(words, monthRef(m, "m1", "y1"), monthRef(m, "m2", "y2"));
            }
            if ((m = match(BY_DATE, from, to)) != null) {
                return new Deadline.ByDate(words, date(m, "1"));
            }
            if ((m = match(BY_END, from, to)) != null) {
                YearMonth last = m.group("mn") != null
                        ? YearMonth.of(Integer.parseInt(m.group("y1")), month(m.group("mn")))
                        : YearMonth.of(Integer.parseInt(m.group("y2")), 12);
                return new Deadline.ByDate(words, last.atEndOfMonth());
            }
            if ((m = match(DATE_SPAN, from, to)) != null) {
                return dateSpan(m, words);
            }
            if (match(THROUGHOUT, from, to) != null) {
                return new Deadline.Throughout(words, Optional.empty());
            }
            if ((m = match(THROUGHOUT_YEAR, from, to)) != null) {
                return new Deadline.Throughout(words, Optional.of(Year.of(Integer.parseInt(m.group("y")))));
            }
            if ((m = match(QUARTER, from, to)) != null) {
                return quarter(m, words);
            }
            if ((m = match(HALF_YEAR, from, to)) != null) {
                return halfYear(m, words);
            }
            if ((m = match(YEAR, from, to)) != null) {
                return new Deadline.Throughout(words, Optional.of(Year.of(Integer.parseInt(m.group("y")))));
            }
            if ((m = match(YEAR_SPAN, from, to)) != null) {
                return new Deadline.MonthSpan(
                        words,
                        MonthRef.of(YearMonth.of(Integer.parseInt(m.group("y1")), 1)),
                        MonthRef.of(YearMonth.of(Integer.parseInt(m.group("y2")), 12)));
            }
            if ((m = match(REQUEST, from, to)) != null) {
                return byArrangement(Arrangement.REQUEST, m, words);
            }
            if ((m = match(SCHEDULE, from, to)) != null) {
                return byArrangement(Arrangement.SCHEDULE, m, words);
            }
            if (match(AS_NEEDED, from, to) != null) {
                return new Deadline.ByArrangement(words, Arrangement.AS_NEEDED, Optional.empty());
            }
            if ((m = match(DUE_ALONE, from, to)) != null) {
                return dueAlone(m, words);
            }
            return recurring(from, to, words);
        }

        private Deadline recurring(int from, int to, String words) {
            for (int i = 0; i < RECURRING.length; i++) {
                Matcher m = match(RECURRING[i], from, to);
                if (m != null) {
                    String day = m.group("day");
                    Optional<DueRule> due =
                            day == null ? Optional.empty() : Optional.of(new DueRule(Integer.parseInt(day)));
                    return new Deadline.Recurring(words, FREQUENCIES[i], due);
                }
            }
            return null;
        }

        /** A due rule without a frequency: "до 10 числа месяца, следующего за отчетным [месяцем|кварталом|...]". */
        private Deadline dueAlone(Matcher m, String words) {
            String unit = m.group("unit");
            Frequency frequency;
            if (unit == null || unit.equals("месяцем")) {
                frequency = Frequency.MONTHLY;
            } else if (unit.equals("кварталом")) {
                frequency = Frequency.QUARTERLY;
            } else if (unit.equals("полугодием")) {
                frequency = Frequency.HALF_YEARLY;
            } else if (unit.equals("годом")) {
                frequency = Frequency.YEARLY;
            } else {
                return null; // "за отчетным периодом": the period is not said
            }
            return new Deadline.Recurring(words, frequency, Optional.of(new DueRule(Integer.parseInt(m.group("day")))));
        }

        private Deadline byArrangement(Arrangement arrangement, Matcher m, String words) {
            int tailStart = m.start("tail");
            if (tailStart < 0) {
                return new Deadline.ByArrangement(words, arrangement, Optional.empty());
            }
            int tailEnd = m.end("tail");
            if (containsDeadline(tailStart, tailEnd)) {
                return null; // "по запросу МОУО, ежемесячно": a combination, not a party
            }
            String party = text.words(tailStart, tailEnd);
            if (arrangement == Arrangement.SCHEDULE && !party.equals(party.toUpperCase(Locale.ROOT))) {
                // "по графику проведения ГИА": the words say which schedule, not who keeps it
                return new Deadline.ByArrangement(words, arrangement, Optional.empty());
            }
            return new Deadline.ByArrangement(words, arrangement, Optional.of(party));
        }

        /**
         * Tells whether a tail holds a deadline after a separator of combinations: "МОУО, ежемесячно" does, "МОУО,
         * ОО" does not.
         */
        private boolean containsDeadline(int from, int to) {
            List<int[]> pieces = text.segments(from, to, MAX_TAIL_PIECES);
            if (pieces == null) {
                return true; // too many pieces for a party: leave it to the combination
            }
            if (pieces.size() < 2) {
                return false;
            }
            for (int[] piece : pieces) {
                if (read(piece[0], piece[1], "") != null) {
                    return true;
                }
            }
            return false;
        }

        private Deadline onDates(int from, int to, String words) {
            Matcher m = matcher(A_DATE);
            m.region(from, to);
            List<LocalDate> dates = new ArrayList<>();
            while (m.find()) {
                dates.add(date(m, "1"));
            }
            return new Deadline.OnDates(words, dates);
        }

        private Deadline dateSpan(Matcher m, String words) {
            LocalDate to = date(m, "2");
            LocalDate from;
            if (m.group("d1") != null) {
                int day = Integer.parseInt(m.group("d1"));
                int month = Integer.parseInt(m.group("m1"));
                String y = m.group("y1");
                from = y != null ? LocalDate.of(year(y), month, day) : withYearOf(to, month, day);
            } else {
                int day = Integer.parseInt(m.group("td1"));
                Month month = month(m.group("tm1"));
                String y = m.group("ty1");
                from = y != null
                        ? LocalDate.of(Integer.parseInt(y), month, day)
                        : withYearOf(to, month.getValue(), day);
            }
            return new Deadline.DateSpan(words, from, to);
        }

        /** The start of a span written without its year ("01.04-31.05.2021"): the last such day on or before the end. */
        private static LocalDate withYearOf(LocalDate end, int month, int day) {
            LocalDate d = LocalDate.of(end.getYear(), month, day);
            return d.isAfter(end) ? LocalDate.of(end.getYear() - 1, month, day) : d;
        }

        private static Deadline quarter(Matcher m, String words) {
            int first = quarterNumber(m.group("q1"));
            int last = m.group("q2") == null ? first : quarterNumber(m.group("q2"));
            Month from = Month.of(first * 3 - 2);
            Month to = Month.of(last * 3);
            return new Deadline.MonthSpan(words, monthRef(from, m.group("y")), monthRef(to, m.group("y")));
        }

        private static Deadline halfYear(Matcher m, String words) {
            String h = m.group("h");
            boolean first = h.equals("1") || h.equals("i");
            Month from = first ? Month.JANUARY : Month.JULY;
            Month to = first ? Month.JUNE : Month.DECEMBER;
            return new Deadline.MonthSpan(words, monthRef(from, m.group("y")), monthRef(to, m.group("y")));
        }

        private static int quarterNumber(String q) {
            switch (q) {
                case "i":
                    return 1;
                case "ii":
                    return 2;
                case "iii":
                    return 3;
                case "iv":
                    return 4;
                default:
                    return Integer.parseInt(q);
            }
        }

        private static MonthRef monthRef(Matcher m, String monthGroup, String yearGroup) {
            return monthRef(month(m.group(monthGroup)), m.group(yearGroup));
        }

        private static MonthRef monthRef(Month month, String year) {
            return year == null ? MonthRef.of(month) : MonthRef.of(YearMonth.of(Integer.parseInt(year), month));
        }

        private static LocalDate date(Matcher m, String s) {
            String d = m.group("d" + s);
            if (d != null) {
                return LocalDate.of(year(m.group("y" + s)), Integer.parseInt(m.group("m" + s)), Integer.parseInt(d));
            }
            return LocalDate.of(
                    Integer.parseInt(m.group("ty" + s)), month(m.group("tm" + s)), Integer.parseInt(m.group("td" + s)));
        }

        /** A year of a numeric date: four digits as written, two digits in the 2000s ("01.03.21" is 2021). */
        private static int year(String digits) {
            int y = Integer.parseInt(digits);
            return digits.length() == 2 ? 2000 + y : y;
        }

        private static Month month(String form) {
            Month month = RussianWords.monthOf(form);
            if (month == null) {
                throw new IllegalArgumentException("not a month: " + form);
            }
            return month;
        }

        private Matcher match(Pattern pattern, int from, int to) {
            Matcher m = matcher(pattern);
            m.region(from, to);
            return m.matches() ? m : null;
        }

        private Matcher matcher(Pattern pattern) {
            for (int i = 0; i < ALL.length; i++) {
                if (ALL[i] == pattern) {
                    Matcher m = matchers[i];
                    if (m == null) {
                        m = pattern.matcher(text.folded());
                        matchers[i] = m;
                    }
                    return m;
                }
            }
            return pattern.matcher(text.folded());
        }

        private static boolean isTrailing(char c) {
            return c == '.' || c == ',' || c == ';' || c == ':' || c == ' ';
        }
    }
}
