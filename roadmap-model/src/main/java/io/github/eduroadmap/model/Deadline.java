package io.github.eduroadmap.model;

import io.github.eduroadmap.model.internal.DeadlineParser;
import io.github.eduroadmap.model.internal.RussianWords;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The deadline of an activity or a report, as the document words it and as a typed value.
 *
 * <p>A closed family: a {@link OnDate date}, a {@link ByDate due-by date}, {@link OnDates several dates}, a
 * {@link InMonth month}, a {@link MonthSpan span of months}, a {@link DateSpan span of dates}, a {@link Recurring
 * recurring} deadline with an optional {@link DueRule due rule}, {@link Throughout throughout} a period, a deadline
 * fixed {@link ByArrangement by schedule or on request}, a {@link Combined combination} of these, and the
 * {@link Unparsed unparsed} text that no rule understands. Every variant keeps the original words in {@link #text()}.
 *
 * <pre>{@code
 * Deadline d = Deadline.parse("Сентябрь - октябрь");
 * d.latestDueDate(DateRange.ofYear(2022));   // Optional[2022-10-31]
 * Deadline.parse("Сентяьбря");               // Unparsed[text=Сентяьбря], never an exception
 * }</pre>
 *
 * <p>Every deadline answers, within a roadmap period, its {@link #occurrences(DateRange) occurrences}, its
 * {@link #dueDates(DateRange) due dates}, its {@link #latestDueDate(DateRange) latest due date} and whether it
 * {@link #isWithin(DateRange) lies within} the period. A month without a year takes its year from the period (see
 * {@link MonthRef#resolve(DateRange)}). Due dates are nominal; moving them to working days is the work of the
 * {@link ProductionCalendar}.
 */
public sealed interface Deadline
        permits Deadline.OnDate,
                Deadline.ByDate,
                Deadline.OnDates,
                Deadline.InMonth,
                Deadline.MonthSpan,
                Deadline.DateSpan,
                Deadline.Recurring,
                Deadline.Throughout,
                Deadline.ByArrangement,
                Deadline.Combined,
                Deadline.Unparsed {

    /**
     * Returns the words of the document this deadline was read from, or generated words for a deadline built in code.
     *
     * @return the original text
     */
    String text();

    /**
     * Returns the concrete occurrences of this deadline within a roadmap period, in order of due date.
     *
     * @param period the roadmap period
     * @param school the school-year calendar for deadlines tied to school quarters and half-years
     * @return the occurrences; empty for deadlines without dates (by schedule, on request, unparsed)
     */
    List<Occurrence> occurrences(DateRange period, SchoolYearCalendar school);

    /**
     * Returns the concrete occurrences of this deadline within a roadmap period, with the
     * {@link SchoolYearCalendar#standard() standard school year}.
     *
     * @param period the roadmap period
     * @return the occurrences in order of due date
     */
    default List<Occurrence> occurrences(DateRange period) {
        return occurrences(period, SchoolYearCalendar.standard());
    }

    /**
     * Returns the nominal due dates of this deadline within a roadmap period, in order, without repeats.
     *
     * <p>A recurring report's due date may fall after the period: the report on December is due in January.
     *
     * @param period the roadmap period
     * @return the due dates
     */
    default List<LocalDate> dueDates(DateRange period) {
        return occurrences(period).stream()
                .map(Occurrence::due)
                .distinct()
                .sorted()
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the latest nominal due date of this deadline within a roadmap period.
     *
     * @param period the roadmap period
     * @return the latest due date, or empty for deadlines without dates
     */
    default Optional<LocalDate> latestDueDate(DateRange period) {
        LocalDate latest = null;
        for (Occurrence o : occurrences(period)) {
            latest = latest == null || o.due().isAfter(latest) ? o.due() : latest;
        }
        return Optional.ofNullable(latest);
    }

    /**
     * Returns the days this deadline covers within a roadmap period: from the earliest to the latest day of its
     * occurrences.
     *
     * @param period the roadmap period
     * @return the extent, or empty for deadlines without dates
     */
    default Optional<DateRange> extent(DateRange period) {
        LocalDate first = null;
        LocalDate last = null;
        for (Occurrence o : occurrences(period)) {
            LocalDate lo =
                    o.window().isWellOrdered() ? o.window().start() : o.window().end();
            LocalDate hi =
                    o.window().isWellOrdered() ? o.window().end() : o.window().start();
            first = first == null || lo.isBefore(first) ? lo : first;
            last = last == null || hi.isAfter(last) ? hi : last;
        }
        return first == null ? Optional.empty() : Optional.of(new DateRange(first, last));
    }

    /**
     * Tells whether every day this deadline names lies within the period.
     *
     * <p>Deadlines without dates (by schedule, on request, unparsed) name no day outside and so lie within.
     *
     * @param period the roadmap period
     * @return false when some occurrence reaches outside the period
     */
    default boolean isWithin(DateRange period) {
        return extent(period).map(period::contains).orElse(true);
    }

    /**
     * Tells whether every span of this deadline ends on or after its start.
     *
     * @return false for "31.05.2021-01.04.2021" or "Октябрь 2023 - май 2022"
     */
    default boolean isWellOrdered() {
        return true;
    }

    /**
     * Tells whether the words were understood.
     *
     * @return false only for {@link Unparsed}
     */
    default boolean isParsed() {
        return true;
    }

    /**
     * Reads a Russian deadline phrase. Never throws for any text: what no rule understands becomes {@link Unparsed}.
     *
     * <p>Understands, among others: "01.03.2021", "До 20 января 2022", "23.06.2021, 17.11.2021", "Август 2022",
     * "март", "Сентябрь - октябрь", "Ноябрь 2022-август 2023", "01.04.2021-31.05.2021", "Ежемесячно",
     * "ежемесячно до 10 числа месяца, следующего за отчетным", "Ежеквартально", "По окончании каждой учебной
     * четверти", "По полугодиям учебного года", "в течение всего периода", "В течение 2023 года", "постоянно",
     * "По утвержденному графику", "по запросу МОУО", "Ежемесячно /по запросу МОУО", "Февраль-ноябрь (по
     * утвержденному графику)".
     *
     * <p>Case, "ё", the kind of dash, spaces and line breaks do not matter ("Сентябрь 2022\n– май 2023"); months are
     * read in the nominative, genitive and prepositional and abbreviated ("января", "в январе", "янв."); a year may be
     * followed by "г.", "года", "гг.". Some readings are choices: a calendar quarter or half-year is the span of its
     * months ("I квартал 2022" is January to March 2022); "в течение года", "в течение учебного года", "постоянно"
     * are throughout the roadmap period; "в течение 2022 года (постоянно)" and "2022 год" are throughout 2022; a due
     * rule alone ("до 10 числа месяца, следующего за отчетным") is monthly. Phrases joined by "/", ",", ";", "и" or
     * parentheses become a {@link Combined} whose parts keep their own words. An impossible date ("31.02.2022") and a
     * day without a year ("до 20 января") stay {@link Unparsed}, as does text longer than 500 characters.
     *
     * @param text the words of the document
     * @return the typed deadline, keeping {@code text} as it was given
     * @throws NullPointerException if {@code text} is null
     */
    static Deadline parse(String text) {
        return DeadlineParser.parse(Objects.requireNonNull(text, "text"));
    }

    /**
     * Returns the deadline "on this date", worded "01.03.2021".
     *
     * @param date the date
     * @return the deadline
     */
    static OnDate on(LocalDate date) {
        return new OnDate(RussianWords.date(date), date);
    }

    /**
     * Returns the deadline "by this date", worded "до 20.01.2022".
     *
     * @param date the date
     * @return the deadline
     */
    static ByDate by(LocalDate date) {
        return new ByDate("до " + RussianWords.date(date), date);
    }

    /**
     * Returns the deadline "in this month", worded "август 2022".
     *
     * @param month the month
     * @return the deadline
     */
    static InMonth in(YearMonth month) {
        return new InMonth(RussianWords.month(MonthRef.of(month)), MonthRef.of(month));
    }

    /**
     * Returns the deadline "from this month to that", worded "ноябрь 2022 - август 2023".
     *
     * @param from the first month
     * @param to the last month
     * @return the deadline
     */
    static MonthSpan between(YearMonth from, YearMonth to) {
        return new MonthSpan(
                RussianWords.month(MonthRef.of(from)) + " - " + RussianWords.month(MonthRef.of(to)),
                MonthRef.of(from),
                MonthRef.of(to));
    }

    /**
     * Returns the deadline "from this date to that", worded "01.04.2021-31.05.2021".
     *
     * @param from the first day
     * @param to the last day
     * @return the deadline
     */
    static DateSpan between(LocalDate from, LocalDate to) {
        return new DateSpan(RussianWords.date(from) + "-" + RussianWords.date(to), from, to);
    }

    /**
     * Returns a recurring deadline, worded "ежемесячно" or "ежемесячно до 10 числа месяца, следующего за отчетным".
     *
     * @param frequency how often
     * @param due when each report is due, if a rule says so
     * @return the deadline
     */
    static Recurring every(Frequency frequency, Optional<DueRule> due) {
        return new Recurring(RussianWords.recurring(frequency, due), frequency, due);
    }

    /**
     * Returns the deadline "throughout the whole period", worded "в течение всего периода".
     *
     * @return the deadline
     */
    static Throughout throughout() {
        return new Throughout("в течение всего периода", Optional.empty());
    }

    /**
     * Returns the deadline "throughout this year", worded "в течение 2023 года".
     *
     * @param year the year
     * @return the deadline
     */
    static Throughout throughout(Year year) {
        return new Throughout("в течение " + year + " года", Optional.of(year));
    }

    /**
     * A single date: "01.03.2021".
     *
     * @param text the original words
     * @param date the date
     */
    record OnDate(String text, LocalDate date) implements Deadline {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public OnDate {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(date, "date");
        }

        @Override
        public List<Occurrence> occurrences(DateRange period, SchoolYearCalendar school) {
            return List.of(new Occurrence(DateRange.ofDay(date), date));
        }
    }

    /**
     * A due-by date: "До 20 января 2022", "в срок до 01.06.2021".
     *
     * @param text the original words
     * @param date the last day
     */
    record ByDate(String text, LocalDate date) implements Deadline {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public ByDate {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(date, "date");
        }

        @Override
        public List<Occurrence> occurrences(DateRange period, SchoolYearCalendar school) {
            return List.of(new Occurrence(DateRange.ofDay(date), date));
        }
    }

    /**
     * Several dates: "23.06.2021, 17.11.2021".
     *
     * @param text the original words
     * @param dates the dates in the order written, at least one
     */
    record OnDates(String text, List<LocalDate> dates) implements Deadline {
        /**
         * Checks the parts and copies the dates.
         *
         * @throws NullPointerException if a part or a date is null
         * @throws IllegalArgumentException if there is no date
         */
        public OnDates {
            Objects.requireNonNull(text, "text");
            dates = List.copyOf(dates);
            if (dates.isEmpty()) {
                throw new IllegalArgumentException("several dates need at least one date");
            }
        }

        @Override
        public List<Occurrence> occurrences(DateRange period, SchoolYearCalendar school) {
            List<Occurrence> result = new ArrayList<>();
            for (LocalDate d : dates) {
                result.add(new Occurrence(DateRange.ofDay(d), d));
            }
            Collections.sort(result);
            return List.copyOf(result);
        }
    }

    /**
     * A month, with or without its year: "Август 2022", "март".
     *
     * @param text the original words
     * @param month the month
     */
    record InMonth(String text, MonthRef month) implements Deadline {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public InMonth {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(month, "month");
        }

        @Override
        public List<Occurrence> occurrences(DateRange period, SchoolYearCalendar school) {
            DateRange window = DateRange.ofMonth(month.resolve(period));
            return List.of(new Occurrence(window, window.end()));
        }
    }

    /**
     * A span of months: "Сентябрь - октябрь", "Ноябрь 2022-август 2023", "Февраль –апрель 2022".
     *
     * <p>A month without a year takes it from the other end when that has one ("Февраль –апрель 2022" is February to
     * April 2022), otherwise from the period.
     *
     * @param text the original words
     * @param from the first month
     * @param to the last month
     */
    record MonthSpan(String text, MonthRef from, MonthRef to) implements Deadline {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public MonthSpan {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        /**
         * Returns the first and last month with their years.
         *
         * @param period the roadmap period, for months without a year
         * @return the range from the first day of the first month to the last day of the last
         */
        public DateRange resolve(DateRange period) {
            YearMonth start;
            YearMonth end;
            if (from.year().isPresent()) {
                start = from.resolve(period);
                end = to.resolveNotBefore(start);
            } else if (to.year().isPresent()) {
                end = to.resolve(period);
                start = from.resolveNotAfter(end);
            } else {
                start = from.resolve(period);
                end = to.resolveNotBefore(start);
            }
            return DateRange.ofMonths(start, end);
        }

        @Override
        public List<Occurrence> occurrences(DateRange period, SchoolYearCalendar school) {
            DateRange window = resolve(period);
            return List.of(new Occurrence(window, window.end()));
        }

        @Override
        public boolean isWellOrdered() {
            if (from.year().isPresent() && to.year().isPresent()) {
                return !YearMonth.of(to.year().get().getValue(), to.month())
                        .isBefore(YearMonth.of(from.year().get().getValue(), from.month()));
            }
            return true;
        }
    }

    /**
     * A span of dates: "01.04.2021-31.05.2021".
     *
     * @param text the original words
     * @param from the first day
     * @param to the last day
     */
    record DateSpan(String text, LocalDate from, LocalDate to) implements Deadline {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public DateSpan {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public List<Occurrence> occurrences(DateRange period, SchoolYearCalendar school) {
            return List.of(new Occurrence(new DateRange(from, to), to));
        }

        @Override
        public boolean isWellOrdered() {
            return !to.isBefore(from);
        }
    }

    /**
     * A recurring deadline: "Ежемесячно", "Ежеквартально", "По окончании каждой учебной четверти",
     * "ежемесячно до 10 числа месяца, следующего за отчетным".
     *
     * <p>Each month, quarter or half-year that overlaps the period is one occurrence; its window is the part that
     * lies in the period, and it is due on the day the {@link DueRule} gives or, without a rule, on the last day of
     * the month, quarter or half-year.
     *
     * <p>Occurrences are counted in the years 0 to 9999 only, the years a date of the file format can have: a period
     * reaching beyond them has occurrences only in the part that lies within them, and so a bounded number of them.
     *
     * @param text the original words
     * @param frequency how often
     * @param due when each report is due, if a rule says so
     */
    record Recurring(String text, Frequency frequency, Optional<DueRule> due) implements Deadline {

        /** The years 0 to 9999, where occurrences are counted. */
        private static final DateRange COUNTED = DateRange.of(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31));

        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public Recurring {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(frequency, "frequency");
            Objects.requireNonNull(due, "due");
        }

        @Override
        public List<Occurrence> occurrences(DateRange period, SchoolYearCalendar school) {
            Optional<DateRange> counted = period.intersection(COUNTED);
            if (!period.isWellOrdered() || counted.isEmpty()) {
                return List.of();
            }
            List<DateRange> units = units(counted.get(), school);
            List<Occurrence> result = new ArrayList<>(units.size());
            for (DateRange unit : units) {
                DateRange window = unit.intersection(period).orElse(unit);
                LocalDate dueDate = due.map(r -> r.dueDateFor(unit.end())).orElse(unit.end());
                result.add(new Occurrence(window, dueDate));
            }
            Collections.sort(result);
            return List.copyOf(result);
        }

        private List<DateRange> units(DateRange period, SchoolYearCalendar school) {
            switch (frequency) {
                case SCHOOL_QUARTERLY:
                    return school.quarters(period);
                case SCHOOL_HALF_YEARLY:
                    return school.halfYears(period);
                default:
                    int months = frequency == Frequency.MONTHLY
                            ? 1
                            : frequency == Frequency.QUARTERLY ? 3 : frequency == Frequency.HALF_YEARLY ? 6 : 12;
                    List<DateRange> units = new ArrayList<>();
                    YearMonth first = YearMonth.from(period.start());
                    int index = (first.getMonthValue() - 1) / months;
                    YearMonth unitStart = YearMonth.of(first.getYear(), index * months + 1);
                    while (!unitStart.atDay(1).isAfter(period.end())) {
                        units.add(DateRange.ofMonths(unitStart, unitStart.plusMonths(months - 1L)));
                        unitStart = unitStart.plusMonths(months);
                    }
                    return units;
            }
        }
    }

    /**
     * Throughout a period: "в течение всего периода", "В течение года", "постоянно" (the roadmap period) or
     * "В течение 2023 года" (a given year).
     *
     * @param text the original words
     * @param year the year, when the words name one; otherwise the roadmap period
     */
    record Throughout(String text, Optional<Year> year) implements Deadline {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public Throughout {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(year, "year");
        }

        @Override
        public List<Occurrence> occurrences(DateRange period, SchoolYearCalendar school) {
            DateRange window = year.map(y -> DateRange.ofYear(y.getValue())).orElse(period);
            return List.of(new Occurrence(window, window.end()));
        }
    }

    /**
     * A deadline fixed elsewhere: "По утвержденному графику", "по запросу МОУО".
     *
     * @param text the original words
     * @param arrangement by schedule, on request or as needed
     * @param party who requests or schedules, when the words say ("МОУО")
     */
    record ByArrangement(String text, Arrangement arrangement, Optional<String> party) implements Deadline {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public ByArrangement {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(arrangement, "arrangement");
            Objects.requireNonNull(party, "party");
        }

        @Override
        public List<Occurrence> occurrences(DateRange period, SchoolYearCalendar school) {
            return List.of();
        }
    }

    /**
     * Several deadlines in one phrase: "Ежемесячно /по запросу МОУО", "Февраль-ноябрь (по утвержденному графику)".
     *
     * @param text the original words
     * @param parts the deadlines the phrase combines, in the order written, at least two
     */
    record Combined(String text, List<Deadline> parts) implements Deadline {
        /**
         * Checks the parts and copies the list.
         *
         * @throws NullPointerException if a part is null
         * @throws IllegalArgumentException if there are fewer than two parts
         */
        public Combined {
            Objects.requireNonNull(text, "text");
            parts = List.copyOf(parts);
            if (parts.size() < 2) {
                throw new IllegalArgumentException("a combined deadline has at least two parts, got " + parts.size());
            }
        }

        @Override
        public List<Occurrence> occurrences(DateRange period, SchoolYearCalendar school) {
            List<Occurrence> result = new ArrayList<>();
            for (Deadline part : parts) {
                result.addAll(part.occurrences(period, school));
            }
            Collections.sort(result);
            return List.copyOf(result);
        }

        @Override
        public boolean isWellOrdered() {
            return parts.stream().allMatch(Deadline::isWellOrdered);
        }

        @Override
        public boolean isParsed() {
            return parts.stream().allMatch(Deadline::isParsed);
        }
    }

    /**
     * Words no rule understands, kept as they are: "О 1 А О О Л Л 1".
     *
     * @param text the original words
     */
    record Unparsed(String text) implements Deadline {
        /**
         * Checks the text.
         *
         * @throws NullPointerException if {@code text} is null
         */
        public Unparsed {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public List<Occurrence> occurrences(DateRange period, SchoolYearCalendar school) {
            return List.of();
        }

        @Override
        public boolean isParsed() {
            return false;
        }
    }
}
