package io.github.eduroadmap.model;

/**
 * How many working days a {@link ProductionCalendar} counts in a range of days, and whether the count is an estimate.
 *
 * <p>See {@link ProductionCalendar#workingDaysBetween(java.time.LocalDate, java.time.LocalDate)}.
 *
 * @param days the number of working days, zero or more
 * @param estimated whether a day counted lies in a year without data, so that the count rests on the weekends and the
 *     fixed holidays of Labour Code art. 112 alone
 */
public record WorkingDayCount(int days, boolean estimated) {

    /**
     * Checks the count.
     *
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public WorkingDayCount {
        if (days < 0) {
            throw new IllegalArgumentException("a count of working days is zero or more, got " + days);
        }
    }
}
