package io.github.eduroadmap.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a {@link ProductionCalendar} says about one day.
 *
 * <p>When {@code estimated} is true the answer is not taken from the calendar's data: the day lies in a year the
 * calendar has no data for (see {@link ProductionCalendar#hasDataFor(int)}), so it rests on the weekends and the fixed
 * holidays of Labour Code art. 112 alone, and the Government's transfers of days off are unknown. An answer found by
 * walking over the calendar ({@link ProductionCalendar#nextWorkingDay(LocalDate)},
 * {@link ProductionCalendar#plusWorkingDays(LocalDate, int)}) is estimated when any day walked over was.
 *
 * @param date the day
 * @param kind what the day is
 * @param working whether it is a working day in the calendar's profile
 * @param shortened whether it is a working day shortened by one hour before a holiday (Labour Code art. 95); in a year
 *     without data, a working day followed by a fixed holiday
 * @param estimated whether the answer rests on a year without data
 */
public record DayInfo(LocalDate date, DayKind kind, boolean working, boolean shortened, boolean estimated) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if {@code date} or {@code kind} is null
     * @throws IllegalArgumentException if {@code working} contradicts {@code kind} in both profiles, or a day off is
     *     shortened
     */
    public DayInfo {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (kind != DayKind.PRESIDENTIAL_NON_WORKING && working != kind.isWorkingIn(CalendarProfile.CIVIL_TERMS)) {
            throw new IllegalArgumentException(
                    "a day of kind " + kind + " is " + (working ? "never" : "always") + " a working day: " + date);
        }
        if (shortened && !working) {
            throw new IllegalArgumentException("only a working day can be shortened: " + date);
        }
    }
}
