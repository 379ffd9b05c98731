package io.github.eduroadmap.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When a recurring report is due: on day {@code day} of the month that follows the reporting period
 * ("до 10 числа месяца, следующего за отчетным").
 *
 * <p>In a month shorter than {@code day} the due date is the month's last day. Moving a due date that falls on a
 * non-working day to the next working day (Civil Code art. 193) is the calendar's work, see
 * {@link ProductionCalendar#rollForward(LocalDate)}.
 *
 * @param day the day of the following month, 1 to 31
 */
public record DueRule(int day) {

    /** The rule of the domain: day 10 of the following month. */
    public static final DueRule TENTH_OF_FOLLOWING_MONTH = new DueRule(10);

    /**
     * Checks the day.
     *
     * @throws IllegalArgumentException if {@code day} is not 1 to 31
     */
    public DueRule {
        if (day < 1 || day > 31) {
            throw new IllegalArgumentException("a due day of the month is 1 to 31, got " + day);
        }
    }

    /**
     * Returns the nominal due date of a reporting period ending on {@code periodEnd}, before any move to a working day.
     *
     * @param periodEnd the last day of the reporting period
     * @return day {@code day} of the month after the one {@code periodEnd} lies in
     */
    public LocalDate dueDateFor(LocalDate periodEnd) {
        YearMonth next = YearMonth.from(periodEnd).plusMonths(1);
        return next.atDay(Math.min(day, next.lengthOfMonth()));
    }
}
