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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules that read one deadline (not a combination) from a range of a {@link DeadlineText folded phrase}.
 *
 * <p>One rule per family, tried in a fixed order; the first rule that reads the whole range and makes a deadline of
 * it wins, and a rule that reads the range but names an impossible date ("31.02.2022") ends the reading with none.
 * Each rule is written out by hand as a scan from left to right over the folded chars, and its grammar is given
 * above it in the notation of regular expressions, where {@code MONTH} is a month in any form the parser reads with
 * an optional abbreviation dot, {@code YEAR_WORD} is {@code ( ?(гг|г|годы|годов|года|году|год)\.?)?}, {@code DATE}
 * is {@code (\d{1,2}\.\d{1,2}\.(\d{4}|\d{2})|\d{1,2} MONTH \d{4})YEAR_WORD} and {@code YEAR} is {@code \d{4}
 * YEAR_WORD}.
 *
 * <p>The scans read what those expressions match, and capture what their groups would: where an expression could
 * match in two ways, the scan takes the way a regular expression engine takes. They can mostly decide at once,
 * since a digit, a letter or a word cannot both end one part and start the next: a run of digits is read whole
 * (a day of 1 or 2 digits, a year of 4), a word or an ending is the whole run of letters, and a year word or an
 * abbreviation dot is taken when it is there. The one place that tries several ways is a month right before a year
 * word without a space ("1 мартг.-31.05.2021"), where the month is the longest month form that lets the rest be
 * read. So each rule reads a range in time linear in its length, and allocates nothing until it makes its deadline.
 */
final class DeadlineRules {

    /** The most pieces a party of "по запросу" may have: "МОУО, ОО, ГАУ ДПО ПК ИРО". */
    private static final int MAX_TAIL_PIECES = 8;

    /** The words after a year: "2023г.", "2022 г", "2023 года", "в 2022 году", "2020-2022 гг.". */
    private static final WordTable YEAR_WORDS = WordTable.of("гг", "г", "годы", "годов", "года", "году", "год");

    /** The words after a span of years: "2020-2022 гг.", "на 2021-2023 годы", "в 2021-2022 годах". */
    private static final WordTable YEARS_WORDS = WordTable.of("гг", "годы", "годов", "годах", "г");

    /** The endings of a quarter's number: "1-й", "2ом", "III-м". */
    private static final WordTable QUARTER_ENDINGS = WordTable.of("й", "ый", "ом", "м");

    /** The endings of a half-year's number: "1-е", "2ое", "II-м". */
    private static final WordTable HALF_YEAR_ENDINGS = WordTable.of("е", "ое", "м", "ом");

    /** The words "квартал" may take: "I квартал", "в 1 квартале", "I-II кварталы", "1 кв.". */
    private static final WordTable QUARTER_WORDS = WordTable.of("квартал", "квартала", "квартале", "кварталы", "кв");

    /** The endings of "график": "по графику", "согласно графикам", "в соответствии с графиком". */
    private static final WordTable SCHEDULE_ENDINGS = WordTable.of("у", "ом", "ам", "ами", "а");

    private DeadlineRules() {}

    /**
     * Starts reading ranges of one phrase.
     *
     * @param text the folded phrase
     * @return a scan
     */
    static Scan scan(DeadlineText text) {
        return new Scan(text);
    }

    /** Reads ranges of one folded phrase; not thread-safe, one per call of the parser. */
    static final class Scan {
        private final DeadlineText text;
        /** The folded chars, the first {@code text.length()} of them. */
        private final char[] f;
        /** The end of the range being read: no scan reads at or after it. */
        private int end;

        // what the last call of date(int) read
        private int dateDay;
        private int dateMonth;
        private int dateYear;

        private Scan(DeadlineText text) {
            this.text = text;
            this.f = text.chars();
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
            while (to > from && isTrailing(f[to - 1])) {
                to--;
            }
            while (from < to && f[from] == ' ') {
                from++;
            }
            if (from >= to) {
                return null;
            }
            end = to;
            // each rule gives null when it does not read the whole range, or reads it and declines ("по запросу
            // МОУО, ежемесячно" is no party), and the next is tried; a date that does not exist throws, and ends it
            try {
                Deadline d = onDate(from, words);
                d = d != null ? d : dateSpan(from, words);
                d = d != null ? d : onDates(from, words);
                d = d != null ? d : inMonth(from, words);
                d = d != null ? d : monthSpan(from, words);
                d = d != null ? d : throughout(from, words);
                d = d != null ? d : throughoutYear(from, words);
                d = d != null ? d : byDate(from, words);
                d = d != null ? d : byEnd(from, words);
                d = d != null ? d : quarter(from, words);
                d = d != null ? d : halfYear(from, words);
                d = d != null ? d : year(from, words);
                d = d != null ? d : yearSpan(from, words);
                d = d != null ? d : recurring(from, words);
                d = d != null ? d : dueAlone(from, words);
                d = d != null ? d : request(from, words);
                d = d != null ? d : schedule(from, words);
                return d != null ? d : asNeeded(from, words);
            } catch (DateTimeException | IllegalArgumentException e) {
                // 31.02.2022, month 13, day 0 of a due rule: not a deadline, the validator reports it
                return null;
            }
        }

        // ------------------------------------------------------------ dates

        /** {@code DATE}: "01.03.2021", "20 января 2022 г.". */
        private Deadline onDate(int p, String words) {
            if (!isDigit(f[p])) {
                return null;
            }
            return date(p) == end ? new Deadline.OnDate(words, dateRead()) : null;
        }

        /**
         * {@code ((в период )?с )?(\d{1,2}\.\d{1,2}(\.(\d{4}|\d{2}))?|\d{1,2} MONTH( \d{4})?)YEAR_WORD(-| по | до )DATE}:
         * "01.04.2021-31.05.2021", "с 01.04 по 31.05.2021", "1 марта-31 мая 2022". The start without a year takes
         * the year of the end, or the year before when it would come after the end.
         */
        private Deadline dateSpan(int p, String words) {
            if (!isDigit(f[p]) && !startsWithOneOf(p, "св")) {
                return null;
            }
            int q0 = lit(opt(p, "в период "), "с ");
            p = q0 >= 0 ? q0 : p;
            int dayEnd = digits(p, 1, 2);
            if (dayEnd < 0) {
                return null;
            }
            int day = number(p, dayEnd);
            if (at(dayEnd, '.')) { // "01.04" or "01.04.2021"
                int monthEnd = digits(dayEnd + 1, 1, 2);
                if (monthEnd < 0) {
                    return null;
                }
                int month = number(dayEnd + 1, monthEnd);
                int q = monthEnd;
                int yearEnd = at(q, '.') ? yearDigits(q + 1) : -1;
                int startYear = 0;
                if (yearEnd >= 0) {
                    startYear = year(q + 1, yearEnd);
                    q = yearEnd;
                }
                if (spanEnd(yearWord(q)) != end) {
                    return null;
                }
                LocalDate to = dateRead();
                LocalDate from = yearEnd >= 0 ? LocalDate.of(startYear, month, day) : withYearOf(to, month, day);
                return new Deadline.DateSpan(words, from, to);
            }
            if (!at(dayEnd, ' ')) {
                return null;
            }
            // "1 марта": the longest month form after which the rest reads, as in "1 мартг.-31 мая 2022"
            int m = dayEnd + 1;
            for (int monthEnd = letters(m); monthEnd > m; monthEnd--) {
                Month month = RussianWords.monthOf(f, m, monthEnd);
                if (month == null) {
                    continue;
                }
                int q = opt(monthEnd, ".");
                int yearEnd = at(q, ' ') ? digits(q + 1, 4, 4) : -1;
                int startYear = 0;
                if (yearEnd >= 0) {
                    startYear = number(q + 1, yearEnd);
                    q = yearEnd;
                }
                if (spanEnd(yearWord(q)) == end) {
                    LocalDate to = dateRead();
                    LocalDate from =
                            yearEnd >= 0 ? LocalDate.of(startYear, month, day) : withYearOf(to, month.getValue(), day);
                    return new Deadline.DateSpan(words, from, to);
                }
            }
            return null;
        }

        /** Reads {@code (-| по | до )DATE} at p: the end of a span of dates. */
        private int spanEnd(int p) {
            return date(to(p));
        }

        /** {@code DATE((,|;| и) ?DATE)+}: "23.06.2021, 17.11.2021", "1 и 2 марта 2022" is not one. */
        private Deadline onDates(int p, String words) {
            if (!isDigit(f[p])) {
                return null;
            }
            p = date(p);
            if (p < 0 || p == end) {
                return null;
            }
            int[] dates = new int[3 * 4]; // year, month and day of each date
            int count = 0;
            while (true) {
                if (p < 0) {
                    return null;
                }
                if (count * 3 == dates.length) {
                    dates = Arrays.copyOf(dates, dates.length * 2);
                }
                dates[count * 3] = dateYear;
                dates[count * 3 + 1] = dateMonth;
                dates[count * 3 + 2] = dateDay;
                count++;
                if (p == end) {
                    break;
                }
                int q = at(p, ',') || at(p, ';') ? p + 1 : lit(p, " и");
                if (q < 0) {
                    return null;
                }
                p = date(opt(q, " "));
            }
            if (count < 2) {
                return null;
            }
            List<LocalDate> result = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                result.add(LocalDate.of(dates[i * 3], dates[i * 3 + 1], dates[i * 3 + 2]));
            }
            return new Deadline.OnDates(words, result);
        }

        /**
         * {@code BY DATE( включительно)?} with {@code BY} = {@code ((в )?срок )?до|не позднее( чем)?|не позже( чем)?|к}:
         * "до 20.01.2022", "в срок до 01.06.2021", "не позднее 20 января 2022 г.".
         */
        private Deadline byDate(int p, String words) {
            p = byAt(p);
            if (p < 0) {
                return null;
            }
            p = date(lit(p, " "));
            return opt(p, " включительно") == end ? new Deadline.ByDate(words, dateRead()) : null;
        }

        /** Reads {@code BY} at p, passing at once by words that begin with none of its first letters; -1 if absent. */
        private int byAt(int p) {
            return startsWithOneOf(p, "вдснк") ? by(p) : -1;
        }

        /** {@code BY (конца|окончания) (MONTH YEAR|YEAR)}: "до конца марта 2022", "до конца 2022 года". */
        private Deadline byEnd(int p, String words) {
            p = byAt(p);
            if (p < 0) {
                return null;
            }
            p = lit(p, " ");
            int q = lit(p, "конца ");
            p = q >= 0 ? q : lit(p, "окончания ");
            if (p < 0) {
                return null;
            }
            int monthEnd = letters(p);
            Month month = monthEnd > p ? RussianWords.monthOf(f, p, monthEnd) : null;
            if (month != null) {
                int y = opt(monthEnd, ".");
                if (at(y, ' ') && year(y + 1) == end) {
                    YearMonth last = YearMonth.of(number(y + 1, y + 5), month);
                    return new Deadline.ByDate(words, last.atEndOfMonth());
                }
                return null;
            }
            if (year(p) == end) {
                return new Deadline.ByDate(
                        words, YearMonth.of(number(p, p + 4), 12).atEndOfMonth());
            }
            return null;
        }

        /** Reads {@code BY} at p: "до", "в срок до", "срок до", "не позднее", "не позднее чем", "не позже", "к". */
        private int by(int p) {
            int q = lit(opt(p, "в "), "срок ");
            q = lit(q >= 0 ? q : p, "до");
            if (q >= 0) {
                return q;
            }
            q = lit(p, "не позднее");
            if (q < 0) {
                q = lit(p, "не позже");
            }
            if (q >= 0) {
                return opt(q, " чем");
            }
            return lit(p, "к");
        }

        /**
         * Reads {@code DATE} at p and keeps its day, month and year; the date itself is made by {@link #dateRead()},
         * so that a date that does not exist fails only when the rule reads the whole range.
         *
         * @return the index after the date and its year word, or -1
         */
        private int date(int p) {
            int dayEnd = digits(p, 1, 2);
            if (dayEnd < 0) {
                return -1;
            }
            dateDay = number(p, dayEnd);
            if (at(dayEnd, '.')) {
                int monthEnd = digits(dayEnd + 1, 1, 2);
                if (monthEnd < 0 || !at(monthEnd, '.')) {
                    return -1;
                }
                dateMonth = number(dayEnd + 1, monthEnd);
                int yearEnd = yearDigits(monthEnd + 1);
                if (yearEnd < 0) {
                    return -1;
                }
                dateYear = year(monthEnd + 1, yearEnd);
                return yearWord(yearEnd);
            }
            if (!at(dayEnd, ' ')) {
                return -1;
            }
            int monthEnd = letters(dayEnd + 1);
            Month month = monthEnd > dayEnd + 1 ? RussianWords.monthOf(f, dayEnd + 1, monthEnd) : null;
            if (month == null) {
                return -1;
            }
            int y = opt(monthEnd, ".");
            int yearEnd = at(y, ' ') ? digits(y + 1, 4, 4) : -1;
            if (yearEnd < 0) {
                return -1;
            }
            dateMonth = month.getValue();
            dateYear = number(y + 1, yearEnd);
            return yearWord(yearEnd);
        }

        private LocalDate dateRead() {
            return LocalDate.of(dateYear, dateMonth, dateDay);
        }

        /** Reads the digits of a numeric date's year at p: four, or two (the 2000s); -1 for any other number. */
        private int yearDigits(int p) {
            int q = digitsEnd(p);
            return q - p == 4 || q - p == 2 ? q : -1;
        }

        /** A numeric date's year: four digits as written, two digits in the 2000s ("01.03.21" is 2021). */
        private int year(int from, int to) {
            int y = number(from, to);
            return to - from == 2 ? 2000 + y : y;
        }

        // ------------------------------------------------------------ months, quarters, half-years, years

        /**
         * {@code (в (течение )?)?MONTH( YEAR)?( (текущего )?учебного года)?}: "Август 2022", "март", "в январе",
         * "сент. 2022", "в декабре 2021 года".
         */
        private Deadline inMonth(int p, String words) {
            if (!startsWithOneOf(p, "вяфмаисонд")) {
                return null; // the first letters of the words it reads
            }
            int q = lit(p, "в ");
            MonthAt month = month(q >= 0 ? opt(q, "течение ") : p);
            return month != null && schoolYear(month.end()) == end
                    ? new Deadline.InMonth(words, monthRef(month.month(), month.yearAt()))
                    : null;
        }

        /**
         * A month read in the words: the month, where its year begins (-1 without one) and where it ends.
         *
         * @param month the month
         * @param yearAt the index of its year in the folded words, or -1
         * @param end the index after it
         */
        private record MonthAt(Month month, int yearAt, int end) {}

        /** Reads {@code MONTH(\.)?( YEAR)?} at p: "март", "сент. 2022", "декабре 2021"; null when no month is there. */
        private MonthAt month(int p) {
            int monthEnd = letters(p);
            Month month = monthEnd > p ? RussianWords.monthOf(f, p, monthEnd) : null;
            if (month == null) {
                return null;
            }
            p = opt(monthEnd, ".");
            int yearAt = -1;
            if (at(p, ' ') && year(p + 1) >= 0) {
                yearAt = p + 1;
                p = year(yearAt);
            }
            return new MonthAt(month, yearAt, p);
        }

        /**
         * {@code ((в период )?с |в течение |в )?MONTH( YEAR)?(-| по | до )MONTH( YEAR)?( (текущего )?учебного
         * года)?}: "Сентябрь - октябрь", "Ноябрь 2022-август 2023", "с марта по май 2022".
         */
        private Deadline monthSpan(int p, String words) {
            if (!startsWithOneOf(p, "вяфмаисонд")) {
                return null; // the first letters of the words it reads
            }
            // the words before the first month, tried in the order of the expression
            int q = lit(opt(p, "в период "), "с ");
            Deadline d = q >= 0 ? monthSpanFrom(q, words) : null;
            if (d == null && (q = lit(p, "в течение ")) >= 0) {
                d = monthSpanFrom(q, words);
            }
            if (d == null && (q = lit(p, "в ")) >= 0) {
                d = monthSpanFrom(q, words);
            }
            return d != null ? d : monthSpanFrom(p, words);
        }

        private Deadline monthSpanFrom(int p, String words) {
            MonthAt first = month(p);
            if (first == null) {
                return null;
            }
            MonthAt last = month(to(first.end()));
            return last != null && schoolYear(last.end()) == end
                    ? new Deadline.MonthSpan(
                            words, monthRef(first.month(), first.yearAt()), monthRef(last.month(), last.yearAt()))
                    : null;
        }

        /** Reads {@code ( (текущего )?учебного года)?} at p. */
        private int schoolYear(int p) {
            int q = lit(opt(lit(p, " "), "текущего "), "учебного года");
            return q >= 0 ? q : p;
        }

        /** Reads {@code (-| по | до )} at p: the words between the ends of a span. */
        private int to(int p) {
            if (at(p, '-')) {
                return p + 1;
            }
            int q = lit(p, " по ");
            return q >= 0 ? q : lit(p, " до ");
        }

        /**
         * {@code (в )?Q(-Q)? (квартал[аеы]?|кв\.?)( YEAR)?} with {@code Q} = {@code (iv|iii|ii|i|[1-4])(-?(й|ый|ом|м))?}:
         * "I квартал 2022" is January to March 2022, "1 квартал" January to March without a year, "I-II квартал"
         * January to June.
         */
        private Deadline quarter(int p, String words) {
            if (!startsWithOneOf(p, "вi1234")) {
                return null; // the first letters of the words it reads
            }
            p = opt(p, "в ");
            int firstEnd = quarterNumber(p);
            if (firstEnd < 0) {
                return null;
            }
            int first = quarterValue(p, firstEnd);
            int last = first;
            p = numberEnding(firstEnd, QUARTER_ENDINGS);
            if (at(p, '-')) {
                int lastEnd = quarterNumber(p + 1);
                if (lastEnd >= 0) {
                    last = quarterValue(p + 1, lastEnd);
                    p = numberEnding(lastEnd, QUARTER_ENDINGS);
                }
            }
            p = lit(p, " ");
            int wordEnd = word(p, QUARTER_WORDS);
            if (wordEnd < 0) {
                return null;
            }
            p = wordEnd - p == 2 ? opt(wordEnd, ".") : wordEnd; // "кв."
            return spanToEnd(p, words, Month.of(first * 3 - 2), Month.of(last * 3));
        }

        /** Reads a quarter's number at p: roman "iv", "iii", "ii", "i" (folded to lower case) or a digit 1 to 4. */
        private int quarterNumber(int p) {
            if (p < 0 || p >= end) {
                return -1;
            }
            char c = f[p];
            if (c >= '1' && c <= '4') {
                return p + 1;
            }
            int q = p;
            while (q < end && (f[q] == 'i' || f[q] == 'v')) {
                q++;
            }
            return isRoman(p, q, 4) ? q : -1;
        }

        /** Tells whether chars of "i" and "v" are a roman number up to {@code max}: "i", "ii", "iii", "iv". */
        private boolean isRoman(int from, int to, int max) {
            switch (to - from) {
                case 1:
                    return f[from] == 'i';
                case 2:
                    return f[from] == 'i' && (f[from + 1] == 'i' || max > 2);
                case 3:
                    return max > 2 && f[from] == 'i' && f[from + 1] == 'i' && f[from + 2] == 'i';
                default:
                    return false;
            }
        }

        private int quarterValue(int from, int to) {
            char c = f[from];
            if (c >= '1' && c <= '4') {
                return c - '0';
            }
            switch (to - from) {
                case 1:
                    return 1;
                case 2:
                    return f[from + 1] == 'i' ? 2 : 4;
                default:
                    return 3;
            }
        }

        /** Reads the optional ending of an ordinal number at p: "-й", "й", "-ое", "м". */
        private int numberEnding(int p, WordTable endings) {
            int q = word(opt(p, "-"), endings);
            if (q >= 0) {
                return q;
            }
            q = word(p, endings);
            return q >= 0 ? q : p;
        }

        /**
         * {@code (в )?(ii|i|[12])(-?(е|ое|м|ом))? полугоди[еия]( YEAR)?}: "1 полугодие 2022" is January to June 2022,
         * "2 полугодие" July to December.
         */
        private Deadline halfYear(int p, String words) {
            if (!startsWithOneOf(p, "вi12")) {
                return null; // the first letters of the words it reads
            }
            p = opt(p, "в ");
            if (p >= end) {
                return null;
            }
            boolean first;
            int numberEnd;
            char c = f[p];
            if (c == '1' || c == '2') {
                first = c == '1';
                numberEnd = p + 1;
            } else {
                numberEnd = p;
                while (numberEnd < end && f[numberEnd] == 'i') {
                    numberEnd++;
                }
                if (!isRoman(p, numberEnd, 2)) {
                    return null;
                }
                first = numberEnd - p == 1;
            }
            p = lit(numberEnding(numberEnd, HALF_YEAR_ENDINGS), " полугоди");
            if (p < 0 || p >= end || "еия".indexOf(f[p]) < 0) {
                return null;
            }
            return spanToEnd(p + 1, words, first ? Month.JANUARY : Month.JULY, first ? Month.JUNE : Month.DECEMBER);
        }

        /**
         * {@code ( YEAR)?} to the end of the words, after a quarter or a half-year: the months {@code from} to
         * {@code to}, of that year or of none; null when anything else follows.
         */
        private Deadline spanToEnd(int p, String words, Month from, Month to) {
            int yearAt = -1;
            if (at(p, ' ')) {
                yearAt = p + 1;
                p = year(yearAt);
            }
            if (p != end) {
                return null;
            }
            return new Deadline.MonthSpan(words, monthRef(from, yearAt), monthRef(to, yearAt));
        }

        /** {@code (в |на )?YEAR}: "2022 год", "в 2022 году", throughout the year. */
        private Deadline year(int p, String words) {
            if (!isDigit(f[p]) && !startsWithOneOf(p, "вн")) {
                return null;
            }
            p = inOrOn(p);
            return year(p) == end ? new Deadline.Throughout(words, Optional.of(Year.of(number(p, p + 4)))) : null;
        }

        /** {@code (в |на )?\d{4}-\d{4}( ?(гг|годы|годов|годах|г)\.?)?}: "2020-2022 гг." is January 2020 to December 2022. */
        private Deadline yearSpan(int p, String words) {
            if (!isDigit(f[p]) && !startsWithOneOf(p, "вн")) {
                return null;
            }
            p = inOrOn(p);
            int firstEnd = digits(p, 4, 4);
            if (firstEnd < 0 || !at(firstEnd, '-')) {
                return null;
            }
            int lastEnd = digits(firstEnd + 1, 4, 4);
            if (lastEnd < 0) {
                return null;
            }
            int q = opt(lastEnd, " ");
            int wordEnd = word(q, YEARS_WORDS);
            if ((wordEnd >= 0 ? opt(wordEnd, ".") : lastEnd) != end) {
                return null;
            }
            return new Deadline.MonthSpan(
                    words,
                    MonthRef.of(YearMonth.of(number(p, firstEnd), 1)),
                    MonthRef.of(YearMonth.of(number(firstEnd + 1, lastEnd), 12)));
        }

        private int inOrOn(int p) {
            int q = lit(p, "в ");
            return q >= 0 ? q : opt(p, "на ");
        }

        /** Reads {@code YEAR} at p: four digits and the year word. */
        private int year(int p) {
            int q = digits(p, 4, 4);
            return q < 0 ? -1 : yearWord(q);
        }

        /**
         * Reads {@code YEAR_WORD} at p: " г.", "года", " гг"; or nothing. What follows a year word is never a letter
         * or a dot, so the word is the whole run of letters and a dot after it is always its own.
         */
        private int yearWord(int p) {
            if (p < 0) {
                return -1;
            }
            int q = word(opt(p, " "), YEAR_WORDS);
            return q >= 0 ? opt(q, ".") : p;
        }

        private MonthRef monthRef(Month month, int yearAt) {
            return yearAt < 0 ? MonthRef.of(month) : MonthRef.of(YearMonth.of(number(yearAt, yearAt + 4), month));
        }

        // ------------------------------------------------------------ throughout

        /**
         * {@code (постоянно,? )?(T( (проекта|программы|плана|дорожной карты|мероприятий))?(,? постоянно)?)|постоянно
         * |круглогодично} with {@code T} one of {@code (в течение|на протяжении|в ходе) (всего
         * )?((учебного|календарного|текущего|отчетного) )?(года|периода|срока)( (реализации|действия))?}, {@code
         * весь период( (реализации|действия))?}, {@code (в |за )?период (реализации|действия)}: "в течение всего
         * периода", "весь период", "постоянно", "в течение учебного года", "в период реализации проекта".
         */
        private Deadline throughout(int p, String words) {
            if (!startsWithOneOf(p, "пвнзк")) {
                return null; // the first letters of the words it reads
            }
            int q = always(p);
            if ((q >= 0 && throughoutFrom(q)) || throughoutFrom(p) || lit(p, "постоянно") == end) {
                return new Deadline.Throughout(words, Optional.empty());
            }
            return lit(p, "круглогодично") == end ? new Deadline.Throughout(words, Optional.empty()) : null;
        }

        private boolean throughoutFrom(int p) {
            int q = during(p);
            if (q >= 0) {
                q = opt(q, "всего ");
                q = orOpt(q, "учебного ", "календарного ", "текущего ", "отчетного ");
                q = or(q, "года", "периода", "срока");
                q = q >= 0 ? orOpt(q, " реализации", " действия") : -1;
            } else if ((q = lit(p, "весь период")) >= 0) {
                q = orOpt(q, " реализации", " действия");
            } else {
                q = lit(p, "в ");
                q = lit(q >= 0 ? q : opt(p, "за "), "период ");
                q = or(q, "реализации", "действия");
            }
            if (q < 0) {
                return false;
            }
            q = orOpt(q, " проекта", " программы", " плана", " дорожной карты", " мероприятий");
            return alwaysAfter(q) == end;
        }

        /**
         * {@code (постоянно,? )?(в течение|на протяжении|в ходе) (всего )?YEAR(,? постоянно)?}: "в течение 2022
         * года", "В течение 2022 года постоянно".
         */
        private Deadline throughoutYear(int p, String words) {
            if (!startsWithOneOf(p, "пвн")) {
                return null; // the first letters of the words it reads
            }
            int q = always(p);
            Deadline d = q >= 0 ? throughoutYearFrom(q, words) : null;
            return d != null ? d : throughoutYearFrom(p, words);
        }

        private Deadline throughoutYearFrom(int p, String words) {
            p = during(p);
            if (p < 0) {
                return null;
            }
            p = opt(p, "всего ");
            int yearEnd = year(p);
            if (yearEnd < 0 || alwaysAfter(yearEnd) != end) {
                return null;
            }
            return new Deadline.Throughout(words, Optional.of(Year.of(number(p, p + 4))));
        }

        /** Reads {@code (в течение|на протяжении|в ходе) } at p. */
        private int during(int p) {
            return or(p, "в течение ", "на протяжении ", "в ходе ");
        }

        /** Reads {@code постоянно,? } at p. */
        private int always(int p) {
            return lit(opt(lit(p, "постоянно"), ","), " ");
        }

        /** Reads {@code (,? постоянно)?} at p. */
        private int alwaysAfter(int p) {
            int q = lit(opt(p, ","), " постоянно");
            return q >= 0 ? q : p;
        }

        // ------------------------------------------------------------ recurring

        /**
         * The recurring deadlines, each family's words with an optional due rule {@code (,? DUE)?}:
         *
         * <ul>
         *   <li>school half-years: "по полугодиям учебного года", {@code ENDING (каждого )?(учебного полугодия|полугодия
         *       учебного года)}, "по учебным полугодиям";
         *   <li>school quarters: {@code ENDING (каждой )?(учебной )?четверти}, {@code по (учебным )?четвертям},
         *       "ежечетвертно";
         *   <li>months: "ежемесячно", {@code ONCE месяц}, "каждый месяц", {@code ENDING (каждого )?месяца};
         *   <li>quarters: "ежеквартально", {@code ONCE квартал}, "каждый квартал", "по кварталам", {@code ENDING
         *       (каждого )?квартала};
         *   <li>half-years: "по полугодиям", {@code ONCE (полгода|полугодие)}, "ежеполугодно", "каждое полугодие",
         *       {@code ENDING (каждого )?полугодия};
         *   <li>years: "ежегодно", {@code ONCE год}, "каждый год";
         * </ul>
         *
         * with {@code ENDING} = {@code по (окончании|итогам|завершении) } and {@code ONCE} = {@code ((1|один) )?раз в }.
         */
        private Deadline recurring(int p, String words) {
            if (!startsWithOneOf(p, "пеорк1")) {
                return null; // the first letters of the words it reads
            }
            int q = everySchoolHalfYear(p);
            if (q >= 0 && dueAfter(q)) {
                return recurring(Frequency.SCHOOL_HALF_YEARLY, words);
            }
            q = everySchoolQuarter(p);
            if (q >= 0 && dueAfter(q)) {
                return recurring(Frequency.SCHOOL_QUARTERLY, words);
            }
            q = every(p, "ежемесячно", "месяц", "каждый месяц", null, "месяца");
            if (q >= 0 && dueAfter(q)) {
                return recurring(Frequency.MONTHLY, words);
            }
            q = every(p, "ежеквартально", "квартал", "каждый квартал", "по кварталам", "квартала");
            if (q >= 0 && dueAfter(q)) {
                return recurring(Frequency.QUARTERLY, words);
            }
            q = everyHalfYear(p);
            if (q >= 0 && dueAfter(q)) {
                return recurring(Frequency.HALF_YEARLY, words);
            }
            q = every(p, "ежегодно", "год", "каждый год", null, null);
            if (q >= 0 && dueAfter(q)) {
                return recurring(Frequency.YEARLY, words);
            }
            return null;
        }

        private int everySchoolHalfYear(int p) {
            int q = lit(p, "по полугодиям учебного года");
            if (q < 0 && (q = ending(p)) >= 0) {
                q = opt(q, "каждого ");
                q = or(q, "учебного полугодия", "полугодия учебного года");
            }
            return q >= 0 ? q : lit(p, "по учебным полугодиям");
        }

        private int everySchoolQuarter(int p) {
            int q = ending(p);
            if (q >= 0) {
                q = lit(opt(opt(q, "каждой "), "учебной "), "четверти");
            }
            if (q < 0) {
                q = lit(opt(lit(p, "по "), "учебным "), "четвертям");
            }
            return q >= 0 ? q : lit(p, "ежечетвертно");
        }

        private int everyHalfYear(int p) {
            int q = lit(p, "по полугодиям");
            if (q < 0) {
                q = or(once(p), "полгода", "полугодие");
            }
            if (q < 0) {
                q = or(p, "ежеполугодно", "каждое полугодие");
            }
            return q >= 0 ? q : lit(opt(ending(p), "каждого "), "полугодия");
        }

        /**
         * Reads the words of a frequency: {@code adverb|ONCE unit|each|byUnits|ENDING (каждого )?ofUnit}; a null
         * word is not read.
         */
        private int every(int p, String adverb, String unit, String each, String byUnits, String ofUnit) {
            int q = lit(p, adverb);
            if (q < 0) {
                q = lit(once(p), unit);
            }
            if (q < 0) {
                q = lit(p, each);
            }
            if (q < 0 && byUnits != null) {
                q = lit(p, byUnits);
            }
            if (q < 0 && ofUnit != null) {
                q = lit(opt(ending(p), "каждого "), ofUnit);
            }
            return q;
        }

        /** Reads {@code ((1|один) )?раз в } at p. */
        private int once(int p) {
            int q = lit(or(p, "1", "один"), " ");
            return lit(q >= 0 ? q : p, "раз в ");
        }

        /** Reads {@code по (окончании|итогам|завершении) } at p. */
        private int ending(int p) {
            return lit(or(lit(p, "по "), "окончании", "итогам", "завершении"), " ");
        }

        /** Tells whether the frequency's words at p end the range, or are followed by {@code ,? DUE} that does. */
        private boolean dueAfter(int p) {
            if (p == end) {
                dueDay = -1;
                return true;
            }
            return due(lit(opt(p, ","), " "));
        }

        // what the last call of due(int) read
        private int dueDay;
        private String dueUnit;

        /**
         * Reads {@code DUE} at p to the end of the range: {@code (в срок )?(до|не позднее( чем)?) (\d{1,2})(-?го)?
         * числа(( месяца)?,? следующего за отчетным( (месяцем|периодом|кварталом|полугодием|годом))?| следующего(
         * за отчетным)? месяца)}: "до 10 числа месяца, следующего за отчетным", "в срок до 5-го числа месяца,
         * следующего за отчетным кварталом", "не позднее 10 числа следующего месяца".
         */
        private boolean due(int p) {
            p = opt(p, "в срок ");
            int q = lit(p, "до");
            if (q < 0 && (q = lit(p, "не позднее")) >= 0) {
                q = opt(q, " чем");
            }
            q = lit(q, " ");
            int dayEnd = digits(q, 1, 2);
            if (dayEnd < 0) {
                return false;
            }
            dueDay = number(q, dayEnd);
            q = lit(dayEnd, "-го");
            q = lit(q >= 0 ? q : opt(dayEnd, "го"), " числа");
            if (q < 0) {
                return false;
            }
            // the first way: "( месяца)?,? следующего за отчетным( unit)?"
            int r = lit(opt(opt(q, " месяца"), ","), " следующего за отчетным");
            if (r >= 0) {
                if (r == end) {
                    dueUnit = null;
                    return true;
                }
                int u = lit(r, " ");
                int unitEnd = or(u, "месяцем", "периодом", "кварталом", "полугодием", "годом");
                if (unitEnd == end) {
                    dueUnit = new String(f, u, unitEnd - u);
                    return true;
                }
            }
            // the second way: " следующего( за отчетным)? месяца"
            dueUnit = null;
            return lit(opt(lit(q, " следующего"), " за отчетным"), " месяца") == end;
        }

        private Deadline recurring(Frequency frequency, String words) {
            Optional<DueRule> due = dueDay < 0 ? Optional.empty() : Optional.of(new DueRule(dueDay));
            return new Deadline.Recurring(words, frequency, due);
        }

        /** A due rule without a frequency: {@code DUE}, monthly ("кварталом" makes it quarterly, and so on). */
        private Deadline dueAlone(int p, String words) {
            if (!startsWithOneOf(p, "вдн")) {
                return null; // the first letters of the words it reads
            }
            if (!due(p)) {
                return null;
            }
            Frequency frequency;
            if (dueUnit == null || dueUnit.equals("месяцем")) {
                frequency = Frequency.MONTHLY;
            } else if (dueUnit.equals("кварталом")) {
                frequency = Frequency.QUARTERLY;
            } else if (dueUnit.equals("полугодием")) {
                frequency = Frequency.HALF_YEARLY;
            } else if (dueUnit.equals("годом")) {
                frequency = Frequency.YEARLY;
            } else {
                return null; // "за отчетным периодом": the period is not said
            }
            return new Deadline.Recurring(words, frequency, Optional.of(new DueRule(dueDay)));
        }

        // ------------------------------------------------------------ by arrangement

        /** {@code по (запросу|запросам|заявке|заявкам|требованию)( .+)?}: "по запросу МОУО". */
        private Deadline request(int p, String words) {
            if (!startsWithOneOf(p, "п")) {
                return null; // the first letters of the words it reads
            }
            p = or(lit(p, "по "), "запросу", "запросам", "заявке", "заявкам", "требованию");
            return p < 0 ? null : byArrangement(Arrangement.REQUEST, p, words);
        }

        /**
         * {@code (по|согласно|в соответствии с) ((утвержденному|установленному|отдельному|согласованному
         * |утвержденным|установленным|отдельным|согласованным) )?график(у|ом|ам|ами|а)?( .+)?}: "По утвержденному
         * графику", "по графику МОУО".
         */
        private Deadline schedule(int p, String words) {
            if (!startsWithOneOf(p, "псв")) {
                return null; // the first letters of the words it reads
            }
            p = lit(or(p, "по", "согласно", "в соответствии с"), " ");
            p = orOpt(
                    p,
                    "утвержденному ",
                    "установленному ",
                    "отдельному ",
                    "согласованному ",
                    "утвержденным ",
                    "установленным ",
                    "отдельным ",
                    "согласованным ");
            p = lit(p, "график");
            if (p < 0) {
                return null;
            }
            int q = word(p, SCHEDULE_ENDINGS);
            return byArrangement(Arrangement.SCHEDULE, q >= 0 ? q : p, words);
        }

        /** {@code (по мере|по|при) необходимости}. */
        private Deadline asNeeded(int p, String words) {
            if (!startsWithOneOf(p, "п")) {
                return null; // the first letters of the words it reads
            }
            int q = lit(lit(p, "по мере"), " необходимости");
            if (q < 0) {
                q = lit(or(p, "по", "при"), " необходимости");
            }
            return q == end ? new Deadline.ByArrangement(words, Arrangement.AS_NEEDED, Optional.empty()) : null;
        }

        /**
         * Reads what follows the words of an arrangement at p: nothing, or a space and the party ({@code .+}, any
         * chars but a line break).
         */
        private Deadline byArrangement(Arrangement arrangement, int p, String words) {
            if (p == end) {
                return new Deadline.ByArrangement(words, arrangement, Optional.empty());
            }
            if (!at(p, ' ') || p + 1 == end || hasLineBreak(p + 1)) {
                return null;
            }
            int tailStart = p + 1;
            int tailEnd = end;
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

        /** Tells whether the chars from p to the end hold one that ends a line, which no folded space is: U+0085. */
        private boolean hasLineBreak(int p) {
            for (int i = p; i < end; i++) {
                char c = f[i];
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return true;
                }
            }
            return false;
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
                // a scan of its own: this one's range is in use by the caller
                if (new Scan(text).read(piece[0], piece[1], "") != null) {
                    return true;
                }
            }
            return false;
        }

        // ------------------------------------------------------------ reading chars

        /** Tells whether the char at p, the first of a range, is one of some chars: whether a rule may read it. */
        private boolean startsWithOneOf(int p, String firsts) {
            return firsts.indexOf(f[p]) >= 0;
        }

        private boolean at(int p, char c) {
            return p >= 0 && p < end && f[p] == c;
        }

        /** Reads a literal at p: the index after it, or -1 (also when p is -1). */
        private int lit(int p, String s) {
            if (p < 0 || end - p < s.length()) {
                return -1;
            }
            for (int k = 0; k < s.length(); k++) {
                if (f[p + k] != s.charAt(k)) {
                    return -1;
                }
            }
            return p + s.length();
        }

        /** Reads an optional literal at p: the index after it, or p when it is not there. */
        private int opt(int p, String s) {
            int q = lit(p, s);
            return q >= 0 ? q : p;
        }

        /** Reads the first of several literals at p, none of which starts another: the index after it, or -1. */
        private int or(int p, String... literals) {
            for (String s : literals) {
                int q = lit(p, s);
                if (q >= 0) {
                    return q;
                }
            }
            return -1;
        }

        /** Reads one of several optional literals at p, none of which starts another. */
        private int orOpt(int p, String... literals) {
            int q = or(p, literals);
            return q >= 0 ? q : p;
        }

        /** The index after the run of ASCII digits at p. */
        private int digitsEnd(int p) {
            int q = p;
            while (q < end && f[q] >= '0' && f[q] <= '9') {
                q++;
            }
            return q;
        }

        /** Reads a run of {@code min} to {@code max} digits at p, all the digits there: the index after it, or -1. */
        private int digits(int p, int min, int max) {
            if (p < 0) {
                return -1;
            }
            int q = digitsEnd(p);
            return q - p >= min && q - p <= max ? q : -1;
        }

        /** The index after the run of Russian lower-case letters at p. */
        private int letters(int p) {
            if (p < 0) {
                return -1;
            }
            int q = p;
            while (q < end && f[q] >= 'а' && f[q] <= 'я') {
                q++;
            }
            return q;
        }

        /** Reads a word of a table at p, the whole run of letters there: the index after it, or -1. */
        private int word(int p, WordTable words) {
            int q = letters(p);
            return q > p && words.get(f, p, q) != WordTable.ABSENT ? q : -1;
        }

        /** The number written by the digits from one index to another, at most nine. */
        private int number(int from, int to) {
            int n = 0;
            for (int i = from; i < to; i++) {
                n = n * 10 + (f[i] - '0');
            }
            return n;
        }
    }

    /** The start of a span written without its year ("01.04-31.05.2021"): the last such day on or before the end. */
    private static LocalDate withYearOf(LocalDate end, int month, int day) {
        LocalDate d = LocalDate.of(end.getYear(), month, day);
        return d.isAfter(end) ? LocalDate.of(end.getYear() - 1, month, day) : d;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isTrailing(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == ' ';
    }
}
