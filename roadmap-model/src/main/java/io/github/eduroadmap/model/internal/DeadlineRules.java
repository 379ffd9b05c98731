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
 * a date); none nests a repetition inside a repetition, so matching is linear in the length of the range. The rules
 * form a table, tried in order; each knows the characters a phrase it reads can start with (worked out once from its
 * expression), so a phrase tries only the few rules that can read it. Each thread keeps one {@link Matcher} per
 * rule and reuses it from phrase to phrase.
 */
final class DeadlineRules {

    /** A month in any form the parser reads, with an optional abbreviation dot; one named group. */
    private static String monthFragment(String name) {
        return "(?<" + name + ">" + RussianWords.monthAlternation() + ")\\.?";
    }

    /** The word after a year: "2023г.", "2022 г", "2023 года", "в 2022 году", "2020-2022 гг.". */
    private static final String YEAR_WORD = "(?: ?(?:гг|г|годы|годов|года|году|год)\\.?)?";

    /** A year, four digits, with its optional word; one named group. */
    private static String yearFragment(String name) {
        return "(?<" + name + ">\\d{4})" + YEAR_WORD;
    }

    /** A full date, "20.01.2022" or "20 января 2022", with its optional "г."; six named groups ending in {@code s}. */
    private static String date(String s) {
        return "(?:(?<d" + s + ">\\d{1,2})\\.(?<m" + s + ">\\d{1,2})\\.(?<y" + s + ">\\d{4}|\\d{2})" + "|(?<td" + s
                + ">\\d{1,2}) " + monthFragment("tm" + s) + " (?<ty" + s + ">\\d{4}))" + YEAR_WORD;
    }

    /** A full date without groups. */
    private static final String ANY_DATE = "(?:\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4}|\\d{2})|\\d{1,2} "
            + RussianWords.monthAlternation() + "\\.? \\d{4})" + YEAR_WORD;

    /** The words before a due-by date: "до", "в срок до", "не позднее", "к". */
    private static final String BY = "(?:(?:(?:в )?срок )?до|не позднее(?: чем)?|не позже(?: чем)?|к)";

    /** The words after a month that place it in the school year: "сентябрь-май учебного года". */
    private static final String SCHOOL_YEAR = "(?: (?:текущего )?учебного года)?";

    /** The dash or the words between the ends of a span. */
    private static final String TO = "(?:-| по | до )";

    /** A school quarter number: roman (folded to lower case) or arabic, with an optional ordinal ending. */
    private static String quarterFragment(String name) {
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
    private static final Pattern BY_END = Pattern.compile(BY + " (?:конца|окончания) (?:" + monthFragment("mn") + " "
            + yearFragment("y1") + "|" + yearFragment("y2") + ")");
    private static final Pattern ON_DATES = Pattern.compile(ANY_DATE + "(?:(?:,|;| и) ?" + ANY_DATE + ")+");
    private static final Pattern DATE_SPAN = Pattern.compile("(?:(?:в период )?с )?"
            + "(?:(?<d1>\\d{1,2})\\.(?<m1>\\d{1,2})(?:\\.(?<y1>\\d{4}|\\d{2}))?"
            + "|(?<td1>\\d{1,2}) " + monthFragment("tm1") + "(?: (?<ty1>\\d{4}))?)" + YEAR_WORD
            + TO + date("2"));
    private static final Pattern IN_MONTH = Pattern.compile(
            "(?:в (?:течение )?)?" + monthFragment("m1") + "(?: " + yearFragment("y1") + ")?" + SCHOOL_YEAR);
    private static final Pattern MONTH_SPAN =
            Pattern.compile("(?:(?:в период )?с |в течение |в )?" + monthFragment("m1") + "(?: " + yearFragment("y1")
                    + ")?" + TO + monthFragment("m2") + "(?: " + yearFragment("y2") + ")?" + SCHOOL_YEAR);
    private static final Pattern QUARTER = Pattern.compile("(?:в )?" + quarterFragment("q1") + "(?:-"
            + quarterFragment("q2") + ")? (?:квартал[аеы]?|кв\\.?)(?: " + yearFragment("y") + ")?");
    private static final Pattern HALF_YEAR =
            Pattern.compile("(?:в )?(?<h>ii|i|[12])(?:-?(?:е|ое|м|ом))? полугоди[еия](?: " + yearFragment("y") + ")?");
    private static final Pattern YEAR_SPAN =
            Pattern.compile("(?:в |на )?(?<y1>\\d{4})-(?<y2>\\d{4})(?: ?(?:гг|годы|годов|годах|г)\\.?)?");
    private static final Pattern YEAR = Pattern.compile("(?:в |на )?" + yearFragment("y"));
    private static final Pattern THROUGHOUT = Pattern.compile("(?:постоянно,? )?(?:"
            + "(?:в течение|на протяжении|в ходе) (?:всего )?(?:(?:учебного|календарного|текущего|отчетного) )?"
            + "(?:года|периода|срока)(?: (?:реализации|действия))?"
            + "|весь период(?: (?:реализации|действия))?"
            + "|(?:в |за )?период (?:реализации|действия))"
            + "(?: (?:проекта|программы|плана|дорожной карты|мероприятий))?(?:,? постоянно)?"
            + "|постоянно|круглогодично");
    private static final Pattern THROUGHOUT_YEAR =
            Pattern.compile("(?:постоянно,? )?(?:в течение|на протяжении|в ходе) (?:всего )?" + yearFragment("y")
                    + "(?:,? постоянно)?");
    private static final Pattern SCHEDULE = Pattern.compile("(?:по|согласно|в соответствии с) "
            + "(?:(?:утвержденному|установленному|отдельному|согласованному|утвержденным|установленным|отдельным"
            + "|согласованным) )?график(?:у|ом|ам|ами|а)?(?: (?<tail>.+))?");
    private static final Pattern REQUEST =
            Pattern.compile("по (?:запросу|запросам|заявке|заявкам|требованию)(?: (?<tail>.+))?");
    private static final Pattern AS_NEEDED = Pattern.compile("(?:по мере|по|при) необходимости");
    private static final Pattern DUE_ALONE = Pattern.compile(DUE);

    // recurring deadlines: the words of each frequency, then an optional due rule
    private static final Pattern EVERY_SCHOOL_HALF_YEAR = recurring("по полугодиям учебного года|" + ENDING
            + "(?:каждого )?(?:учебного полугодия|полугодия учебного года)|по учебным полугодиям");
    private static final Pattern EVERY_SCHOOL_QUARTER =
            recurring(ENDING + "(?:каждой )?(?:учебной )?четверти|по (?:учебным )?четвертям|ежечетвертно");
    private static final Pattern EVERY_MONTH =
            recurring("ежемесячно|" + ONCE + "месяц|каждый месяц|" + ENDING + "(?:каждого )?месяца");
    private static final Pattern EVERY_QUARTER = recurring(
            "ежеквартально|" + ONCE + "квартал|каждый квартал|по кварталам|" + ENDING + "(?:каждого )?квартала");
    private static final Pattern EVERY_HALF_YEAR = recurring("по полугодиям|" + ONCE
            + "(?:полгода|полугодие)|ежеполугодно|каждое полугодие|" + ENDING + "(?:каждого )?полугодия");
    private static final Pattern EVERY_YEAR = recurring("ежегодно|" + ONCE + "год|каждый год");

    private static Pattern recurring(String words) {
        return Pattern.compile("(?:" + words + ")(?:,? " + DUE + ")?");
    }

    /** Builds a deadline from a match, or returns null when the match does not make one after all. */
    @FunctionalInterface
    private interface Reading {
        Deadline read(Scan scan, Matcher m, String words);
    }

    /** A rule: an anchored expression, what it builds, and the characters a range it reads can start with. */
    private static final class Rule {
        private final Pattern pattern;
        private final Reading reading;
        private final boolean[] starts = new boolean[FIRST_CHARS];

        private Rule(Pattern pattern, Reading reading) {
            this.pattern = pattern;
            this.reading = reading;
            // a range can start with c when the one-character text "c" matches or could be extended to a match
            Matcher probe = pattern.matcher("");
            for (char c = 0; c < FIRST_CHARS; c++) {
                probe.reset(String.valueOf(c));
                starts[c] = probe.matches() || probe.hitEnd();
            }
        }

        private boolean canStartWith(char c) {
            return c >= FIRST_CHARS || starts[c];
        }
    }

    /** The first characters each rule works out; a range starting with a later character tries every rule. */
    private static final int FIRST_CHARS = 0x500;

    private static final Rule[] RULES = {
        new Rule(ON_DATE, (s, m, w) -> new Deadline.OnDate(w, date(m, "1"))),
        new Rule(DATE_SPAN, (s, m, w) -> dateSpan(m, w)),
        new Rule(ON_DATES, (s, m, w) -> s.onDates(m, w)),
        new Rule(IN_MONTH, (s, m, w) -> new Deadline.InMonth(w, monthRef(m, "m1", "y1"))),
        new Rule(MONTH_SPAN, (s, m, w) -> new Deadline.MonthSpan(w, monthRef(m, "m1", "y1"), monthRef(m, "m2", "y2"))),
        new Rule(THROUGHOUT, (s, m, w) -> new Deadline.Throughout(w, Optional.empty())),
        new Rule(THROUGHOUT_YEAR, (s, m, w) -> new Deadline.Throughout(w, Optional.of(Year.of(number(m, "y"))))),
        new Rule(BY_DATE, (s, m, w) -> new Deadline.ByDate(w, date(m, "1"))),
        new Rule(BY_END, (s, m, w) -> byEnd(m, w)),
        new Rule(QUARTER, (s, m, w) -> quarter(m, w)),
        new Rule(HALF_YEAR, (s, m, w) -> halfYear(m, w)),
        new Rule(YEAR, (s, m, w) -> new Deadline.Throughout(w, Optional.of(Year.of(number(m, "y"))))),
        new Rule(YEAR_SPAN, (s, m, w) -> yearSpan(m, w)),
        new Rule(EVERY_SCHOOL_HALF_YEAR, (s, m, w) -> recurring(Frequency.SCHOOL_HALF_YEARLY, m, w)),
        new Rule(EVERY_SCHOOL_QUARTER, (s, m, w) -> recurring(Frequency.SCHOOL_QUARTERLY, m, w)),
        new Rule(EVERY_MONTH, (s, m, w) -> recurring(Frequency.MONTHLY, m, w)),
        new Rule(EVERY_QUARTER, (s, m, w) -> recurring(Frequency.QUARTERLY, m, w)),
        new Rule(EVERY_HALF_YEAR, (s, m, w) -> recurring(Frequency.HALF_YEARLY, m, w)),
        new Rule(EVERY_YEAR, (s, m, w) -> recurring(Frequency.YEARLY, m, w)),
        new Rule(DUE_ALONE, (s, m, w) -> dueAlone(m, w)),
        new Rule(REQUEST, (s, m, w) -> s.byArrangement(Arrangement.REQUEST, m, w)),
        new Rule(SCHEDULE, (s, m, w) -> s.byArrangement(Arrangement.SCHEDULE, m, w)),
        new Rule(AS_NEEDED, (s, m, w) -> new Deadline.ByArrangement(w, Arrangement.AS_NEEDED, Optional.empty()))
    };

    /** The index of the rule of one date in {@link #RULES}. */
    private static final int ON_DATE_RULE = 0;

    /** The most pieces a party of "по запросу" may have: "МОУО, ОО, ГАУ ДПО ПК ИРО". */
    private static final int MAX_TAIL_PIECES = 8;

    private DeadlineRules() {}

    /**
     * Each thread's matchers, one per rule, reused from phrase to phrase: reading a phrase allocates no matcher. Only
     * JDK classes are kept, so a thread pool that outlives the library's class loader keeps nothing of it.
     */
    private static final ThreadLocal<Matcher[]> MATCHERS = ThreadLocal.withInitial(() -> new Matcher[RULES.length]);

    /**
     * Starts reading ranges of one phrase, with this thread's matchers.
     *
     * @param text the folded phrase
     * @return a scan that reuses its matchers
     */
    static Scan scan(DeadlineText text) {
        return new Scan(text, MATCHERS.get());
    }

    /** Reads ranges of one folded phrase; not thread-safe, one per call of the parser. */
    static final class Scan {
        private final DeadlineText text;
        private final Matcher[] matchers;
        /** The rules whose matcher reads this phrase already; the others still hold an earlier one. */
        private long current;

        private Scan(DeadlineText text, Matcher[] matchers) {
            this.text = text;
            this.matchers = matchers;
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
            char first = text.charAt(from);
            for (int i = 0; i < RULES.length; i++) {
                Rule rule = RULES[i];
                if (!rule.canStartWith(first)) {
                    continue;
                }
                Matcher m = matcher(i);
                m.region(from, to);
                if (!m.matches()) {
                    continue;
                }
                try {
                    Deadline d = rule.reading.read(this, m, words);
                    if (d != null) {
                        return d;
                    }
                } catch (DateTimeException | IllegalArgumentException e) {
                    // 31.02.2022, month 13, day 0 of a due rule: not a deadline, the validator reports it
                    return null;
                }
            }
            return null;
        }

        private Matcher matcher(int rule) {
            Matcher m = matchers[rule];
            if (m == null) {
                m = RULES[rule].pattern.matcher(text.folded());
                matchers[rule] = m;
            } else if ((current & (1L << rule)) == 0) {
                m.reset(text.folded());
            }
            current |= 1L << rule;
            return m;
        }

        private Deadline onDates(Matcher list, String words) {
            // the list matched as a whole; now find its dates one by one with the rule of one date
            Matcher m = matcher(ON_DATE_RULE);
            m.region(list.regionStart(), list.regionEnd());
            List<LocalDate> result = new ArrayList<>();
            while (m.find()) {
                result.add(date(m, "1"));
            }
            return new Deadline.OnDates(words, result);
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
                // a scan with matchers of its own: this one's are in use by the caller
                if (new Scan(text, new Matcher[RULES.length]).read(piece[0], piece[1], "") != null) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Deadline recurring(Frequency frequency, Matcher m, String words) {
        String day = m.group("day");
        Optional<DueRule> due = day == null ? Optional.empty() : Optional.of(new DueRule(Integer.parseInt(day)));
        return new Deadline.Recurring(words, frequency, due);
    }

    /** A due rule without a frequency: "до 10 числа месяца, следующего за отчетным [месяцем|кварталом|...]". */
    private static Deadline dueAlone(Matcher m, String words) {
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
        return new Deadline.Recurring(words, frequency, Optional.of(new DueRule(number(m, "day"))));
    }

    /** "до конца марта 2022" is the last day of March 2022, "до конца 2022 года" 31 December 2022. */
    private static Deadline byEnd(Matcher m, String words) {
        YearMonth last = m.group("mn") != null
                ? YearMonth.of(number(m, "y1"), month(m.group("mn")))
                : YearMonth.of(number(m, "y2"), 12);
        return new Deadline.ByDate(words, last.atEndOfMonth());
    }

    private static Deadline dateSpan(Matcher m, String words) {
        LocalDate to = date(m, "2");
        LocalDate from;
        if (m.group("d1") != null) {
            int day = number(m, "d1");
            int month = number(m, "m1");
            String y = m.group("y1");
            from = y != null ? LocalDate.of(year(y), month, day) : withYearOf(to, month, day);
        } else {
            int day = number(m, "td1");
            Month month = month(m.group("tm1"));
            String y = m.group("ty1");
            from = y != null ? LocalDate.of(Integer.parseInt(y), month, day) : withYearOf(to, month.getValue(), day);
        }
        return new Deadline.DateSpan(words, from, to);
    }

    /** The start of a span written without its year ("01.04-31.05.2021"): the last such day on or before the end. */
    private static LocalDate withYearOf(LocalDate end, int month, int day) {
        LocalDate d = LocalDate.of(end.getYear(), month, day);
        return d.isAfter(end) ? LocalDate.of(end.getYear() - 1, month, day) : d;
    }

    /** "I квартал 2022" is January to March 2022; "I-II квартал" January to June. */
    private static Deadline quarter(Matcher m, String words) {
        int first = quarterNumber(m.group("q1"));
        int last = m.group("q2") == null ? first : quarterNumber(m.group("q2"));
        Month from = Month.of(first * 3 - 2);
        Month to = Month.of(last * 3);
        return new Deadline.MonthSpan(words, monthRef(from, m.group("y")), monthRef(to, m.group("y")));
    }

    /** "1 полугодие 2022" is January to June 2022, "2 полугодие" July to December. */
    private static Deadline halfYear(Matcher m, String words) {
        String h = m.group("h");
        boolean first = h.equals("1") || h.equals("i");
        Month from = first ? Month.JANUARY : Month.JULY;
        Month to = first ? Month.JUNE : Month.DECEMBER;
        return new Deadline.MonthSpan(words, monthRef(from, m.group("y")), monthRef(to, m.group("y")));
    }

    /** "2020-2022 гг." is January 2020 to December 2022. */
    private static Deadline yearSpan(Matcher m, String words) {
        return new Deadline.MonthSpan(
                words, MonthRef.of(YearMonth.of(number(m, "y1"), 1)), MonthRef.of(YearMonth.of(number(m, "y2"), 12)));
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
            return LocalDate.of(year(m.group("y" + s)), number(m, "m" + s), Integer.parseInt(d));
        }
        return LocalDate.of(number(m, "ty" + s), month(m.group("tm" + s)), number(m, "td" + s));
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
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

    private static boolean isTrailing(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == ' ';
    }
}
