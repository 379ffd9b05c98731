package io.github.eduroadmap.model;

import io.github.eduroadmap.model.internal.ProductionCalendarData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.SortedSet;

/**
 * The Russian production calendar ("производственный календарь"): which days are working days, and when a term that
 * ends on a day off actually ends.
 *
 * <p>Saturdays and Sundays are days off (Labour Code art. 111), and so are the fixed holidays of art. 112; the
 * Government's yearly decree moves days off onto weekdays and makes some Saturdays working days, and in 2020 and 2021
 * the President declared non-working days, which count as working days for civil-law terms (the default
 * {@link CalendarProfile#CIVIL_TERMS} profile) and as days off in {@link CalendarProfile#LABOUR}. The calendar ships
 * data for the {@link #coveredYears() covered years}, 2020 to 2026.
 *
 * <p><b>Years without data.</b> A question about a year without data still gets an answer, from the weekends and the
 * fixed holidays alone, but the answer says it is an estimate: {@link DayInfo#estimated()},
 * {@link DueDate#estimated()} and {@link WorkingDayCount#estimated()} are true whenever a day the answer rests on lies
 * in such a year. The answer may be wrong, since the Government's transfers are unknown: check the flag before
 * relying on it.
 *
 * <pre>{@code
 * ProductionCalendar calendar = ProductionCalendar.russian();
 * LocalDate nominal = DueRule.TENTH_OF_FOLLOWING_MONTH.dueDateFor(LocalDate.of(2024, 4, 30)); // 2024-05-10
 * DueDate due = calendar.rollForward(nominal);  // DueDate[nominal=2024-05-10, due=2024-05-13, estimated=false]
 * due.deadlineInstant(ZoneId.of("Asia/Vladivostok"));   // 2024-05-13T14:00:00Z, 24:00 in Vladivostok
 *
 * DueDate guess = calendar.rollForward(LocalDate.of(2027, 1, 10));
 * // DueDate[nominal=2027-01-10, due=2027-01-11, estimated=true]: 2027 has no data
 * if (guess.estimated()) {
 *     // say so, or ask for a newer version of the library
 * }
 * }</pre>
 *
 * <p>Instances are immutable, thread-safe and cheap; the data is read once, on first use of {@link #russian()}.
 */
public final class ProductionCalendar {

    private final CalendarProfile profile;
    private final ProductionCalendarData data;

    private ProductionCalendar(CalendarProfile profile, ProductionCalendarData data) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.data = data;
    }

    /**
     * Returns the Russian production calendar for civil-law terms.
     *
     * @return the calendar in the {@link CalendarProfile#CIVIL_TERMS} profile
     */
    public static ProductionCalendar russian() {
        return russian(CalendarProfile.CIVIL_TERMS);
    }

    /**
     * Returns the Russian production calendar in a profile.
     *
     * @param profile what the presidential non-working days are
     * @return the calendar
     */
    public static ProductionCalendar russian(CalendarProfile profile) {
        return new ProductionCalendar(profile, ProductionCalendarData.russian());
    }

    /**
     * Returns the instant a term ends (Civil Code art. 194): 24:00 of its last day in the time zone of the party that
     * must act, which is the start of the next day there.
     *
     * <p>Pass the last day after the move of art. 193, {@link DueDate#due()}; {@link DueDate#deadlineInstant(ZoneId)}
     * does so.
     *
     * @param lastDay the last day of the term
     * @param zone the party's time zone, e.g. {@code Asia/Vladivostok} (UTC+10) for Primorsky Krai
     * @return the first instant after the term
     */
    public static Instant deadlineInstant(LocalDate lastDay, ZoneId zone) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Returns the profile this calendar answers for.
     *
     * @return the profile
     */
    public CalendarProfile profile() {
        return profile;
    }

    /**
     * Tells whether the calendar has data for a year.
     *
     * @param year the year
     * @return true when answers about the year are taken from data, false when they are estimates
     */
    public boolean hasDataFor(int year) {
        return data.covers(year);
    }

    /**
     * Returns the years the calendar has data for.
     *
     * @return the years, ascending and without gaps; unmodifiable
     */
    public SortedSet<Integer> coveredYears() {
        return data.years();
    }

    /**
     * Returns what a day is.
     *
     * @param date the day
     * @return its kind, whether it is a working day in this calendar's profile, whether it is shortened, and whether
     *     the answer is an estimate
     */
    public DayInfo day(LocalDate date) {
        DayKind kind = kindOf(date);
        boolean working = kind.isWorkingIn(profile);
        boolean estimated = !data.covers(date.getYear());
        boolean shortened = working
                && (estimated ? ProductionCalendarData.isFixedHoliday(date.plusDays(1)) : data.isShortened(date));
        return new DayInfo(date, kind, working, shortened, estimated);
    }

    /**
     * Tells whether a day is a working day in this calendar's profile.
     *
     * <p>A convenience for {@code day(date).working()}; call {@link #day(LocalDate)} to see whether the answer is an
     * estimate.
     *
     * @param date the day
     * @return true on a working day
     */
    public boolean isWorkingDay(LocalDate date) {
        return kindOf(date).isWorkingIn(profile);
    }

    /**
     * Moves the last day of a term that falls on a non-working day to the next working day (Civil Code art. 193).
     *
     * @param nominal the last day of the term as set
     * @return {@code nominal} if it is a working day, else the first working day after it; estimated when a day from
     *     {@code nominal} to the result lies in a year without data
     */
    public DueDate rollForward(LocalDate nominal) {
        Objects.requireNonNull(nominal, "nominal");
        boolean estimated = false;
        LocalDate day = nominal;
        while (true) {
            estimated |= !data.covers(day.getYear());
            if (isWorkingDay(day)) {
                return new DueDate(nominal, day, estimated);
            }
            day = day.plusDays(1);
        }
    }

    /**
     * Returns the first working day strictly after a day.
     *
     * @param date the day
     * @return the next working day; estimated when a day after {@code date} up to the result lies in a year without
     *     data
     */
    public DayInfo nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /**
     * Returns the working day a number of working days after (or before) a day.
     *
     * <p>The day itself is not counted: {@code plusWorkingDays(d, 1)} is the first working day after {@code d},
     * {@code plusWorkingDays(d, -1)} the last working day before it, and {@code plusWorkingDays(d, 0)} is {@code d}
     * itself, working or not. The cost grows with the number of days walked.
     *
     * @param date the day to count from
     * @param workingDays how many working days to move, forward if positive, backward if negative
     * @return the day reached; estimated when a day walked over (after {@code date}, up to the result) lies in a year
     *     without data
     */
    public DayInfo plusWorkingDays(LocalDate date, int workingDays) {
        Objects.requireNonNull(date, "date");
        if (workingDays == 0) {
            return day(date);
        }
        int step = workingDays > 0 ? 1 : -1;
        long left = Math.abs((long) workingDays);
        boolean estimated = false;
        LocalDate day = date;
        while (left > 0) {
            day = day.plusDays(step);
            estimated |= !data.covers(day.getYear());
            if (isWorkingDay(day)) {
                left--;
            }
        }
        DayInfo info = day(day);
        return estimated == info.estimated()
                ? info
                : new DayInfo(info.date(), info.kind(), info.working(), info.shortened(), estimated);
    }

    /**
     * Counts the working days in a range of days.
     *
     * @param startInclusive the first day counted
     * @param endExclusive the day after the last day counted; a whole month is {@code (month.atDay(1),
     *     month.plusMonths(1).atDay(1))}
     * @return the number of working days; estimated when a day counted lies in a year without data
     * @throws IllegalArgumentException if {@code endExclusive} lies before {@code startInclusive}
     */
    public WorkingDayCount workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (endExclusive.isBefore(startInclusive)) {
            throw new IllegalArgumentException(
                    "the range ends before it starts: " + startInclusive + " to " + endExclusive + " (exclusive)");
        }
        int count = 0;
        boolean estimated = false;
        for (LocalDate day = startInclusive; day.isBefore(endExclusive); day = day.plusDays(1)) {
            estimated |= !data.covers(day.getYear());
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return new WorkingDayCount(count, estimated);
    }

    private DayKind kindOf(LocalDate date) {
        boolean holiday = ProductionCalendarData.isFixedHoliday(date);
        switch (data.mark(date)) {
            case DAY_OFF:
                return holiday ? DayKind.HOLIDAY : DayKind.TRANSFERRED_DAY_OFF;
            case WORKING_WEEKEND:
                return DayKind.WORKING_WEEKEND;
            case PRESIDENTIAL:
                return DayKind.PRESIDENTIAL_NON_WORKING;
            default:
                if (holiday) {
                    return DayKind.HOLIDAY;
                }
                return ProductionCalendarData.isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKING;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ProductionCalendar)) {
            return false;
        }
        ProductionCalendar other = (ProductionCalendar) o;
        return profile == other.profile && data.equals(other.data);
    }

    @Override
    public int hashCode() {
        return 31 * profile.hashCode() + data.hashCode();
    }

    @Override
    public String toString() {
        return "ProductionCalendar{russian, " + profile + ", data for "
                + data.years().first() + ".." + data.years().last() + "}";
    }
}
