package io.github.eduroadmap.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A due date before and after the move of Civil Code art. 193, as {@link ProductionCalendar#rollForward(LocalDate)}
 * finds it.
 *
 * <p>If the last day of a term is a non-working day, the term ends on the next working day; only the last day moves.
 * When {@code estimated} is true, a day from {@code nominal} to {@code due} lies in a year the calendar has no data for,
 * and the answer rests on the weekends and the fixed holidays of Labour Code art. 112 alone.
 *
 * @param nominal the last day of the term as set, e.g. by {@link DueRule#dueDateFor(LocalDate)}
 * @param due the day the term actually ends: {@code nominal}, or the first working day after it
 * @param estimated whether a day examined lies in a year without data
 */
public record DueDate(LocalDate nominal, LocalDate due, boolean estimated) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a date is null
     * @throws IllegalArgumentException if {@code due} lies before {@code nominal}
     */
    public DueDate {
        Objects.requireNonNull(nominal, "nominal");
        Objects.requireNonNull(due, "due");
        if (due.isBefore(nominal)) {
            throw new IllegalArgumentException("a due date moves forward only: " + nominal + " -> " + due);
        }
    }

    /**
     * Tells whether the due date moved.
     *
     * @return true when {@code due} is after {@code nominal}
     */
    public boolean moved() {
        return !due.equals(nominal);
    }

    /**
     * Returns the instant the term ends (Civil Code art. 194): 24:00 of the {@link #due() due} day in the time zone of
     * the party that must act.
     *
     * @param zone the party's time zone, e.g. {@code Asia/Vladivostok} for Primorsky Krai
     * @return the start of the day after {@code due} in {@code zone}
     * @see ProductionCalendar#deadlineInstant(LocalDate, ZoneId)
     */
    public Instant deadlineInstant(ZoneId zone) {
        return ProductionCalendar.deadlineInstant(due, zone);
    }
}
