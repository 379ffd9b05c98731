package io.github.eduroadmap.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of days, both ends included: a roadmap's period, a reporting period, the extent of a deadline.
 *
 * <p>A range whose end lies before its start can be constructed, because people write such ranges and the validator
 * must be able to report them; {@link #isWellOrdered()} tells.
 *
 * @param start the first day
 * @param end the last day
 */
public record DateRange(LocalDate start, LocalDate end) {

    /**
     * Checks the ends.
     *
     * @throws NullPointerException if an end is null
     */
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /**
     * Returns the range from {@code start} to {@code end}, both included.
     *
     * @param start the first day
     * @param end the last day
     * @return the range
     */
    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /**
     * Returns the range of one day.
     *
     * @param day the day
     * @return the range
     */
    public static DateRange ofDay(LocalDate day) {
        return new DateRange(day, day);
    }

    /**
     * Returns the range of a whole month.
     *
     * @param month the month
     * @return the range from its first to its last day
     */
    public static DateRange ofMonth(YearMonth month) {
        return new DateRange(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * Returns the range from the first day of one month to the last day of another.
     *
     * @param from the first month
     * @param to the last month
     * @return the range
     */
    public static DateRange ofMonths(YearMonth from, YearMonth to) {
        return new DateRange(from.atDay(1), to.atEndOfMonth());
    }

    /**
     * Returns the range of a whole calendar year.
     *
     * @param year the year
     * @return the range from 1 January to 31 December
     */
    public static DateRange ofYear(int year) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Tells whether the range ends on or after its start.
     *
     * @return true when {@code !end.isBefore(start)}
     */
    public boolean isWellOrdered() {
        return !end.isBefore(start);
    }

    /**
     * Tells whether a day lies in the range.
     *
     * @param day the day
     * @return true when {@code start <= day <= end}
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * Tells whether another range lies wholly inside this one.
     *
     * @param other the other range
     * @return true when both ends of {@code other} lie in this range
     */
    public boolean contains(DateRange other) {
        return contains(other.start) && contains(other.end);
    }

    /**
     * Tells whether the two ranges share at least one day.
     *
     * @param other the other range
     * @return true when they overlap
     */
    public boolean overlaps(DateRange other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /**
     * Returns the days this range shares with another.
     *
     * @param other the other range
     * @return the intersection, or empty when they do not overlap
     */
    public Optional<DateRange> intersection(DateRange other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        LocalDate s = start.isAfter(other.start) ? start : other.start;
        LocalDate e = end.isBefore(other.end) ? end : other.end;
        return Optional.of(new DateRange(s, e));
    }

    /**
     * Returns the smallest range covering both.
     *
     * @param other the other range
     * @return the span from the earlier start to the later end
     */
    public DateRange span(DateRange other) {
        LocalDate s = start.isBefore(other.start) ? start : other.start;
        LocalDate e = end.isAfter(other.end) ? end : other.end;
        return new DateRange(s, e);
    }

    /**
     * Tells whether the range is exactly one calendar year.
     *
     * @return the year, when the range is 1 January to 31 December of it
     */
    public Optional<Year> asYear() {
        if (start.getDayOfYear() == 1
                && start.getYear() == end.getYear()
                && end.getMonthValue() == 12
                && end.getDayOfMonth() == 31) {
            return Optional.of(Year.of(start.getYear()));
        }
        return Optional.empty();
    }

    /**
     * Tells whether the range is made of whole months.
     *
     * @return true when it starts on a first and ends on a last day of a month
     */
    public boolean isWholeMonths() {
        return start.getDayOfMonth() == 1 && end.equals(YearMonth.from(end).atEndOfMonth());
    }

    @Override
    public String toString() {
        return start + "/" + end;
    }
}
