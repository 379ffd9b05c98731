package io.github.eduroadmap.model;

import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A month as a deadline names it: with its year ("Август 2022") or without ("март").
 *
 * <p>A month without a year takes its year from the roadmap period when a question is asked of the deadline, see
 * {@link #resolve(DateRange)}.
 *
 * @param month the month
 * @param year the year, when the words give one
 */
public record MonthRef(Month month, Optional<Year> year) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public MonthRef {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(year, "year");
    }

    /**
     * Returns a month with its year.
     *
     * @param month the month and year
     * @return the reference
     */
    public static MonthRef of(YearMonth month) {
        return new MonthRef(month.getMonth(), Optional.of(Year.of(month.getYear())));
    }

    /**
     * Returns a month without a year.
     *
     * @param month the month
     * @return the reference
     */
    public static MonthRef of(Month month) {
        return new MonthRef(month, Optional.empty());
    }

    /**
     * Returns this month in a year: its own year when it has one, otherwise the first such month at or after the
     * start of the period, which is the month's position in a period that spans two years.
     *
     * <p>In the last year {@link Year#MAX_VALUE} there is no next year: a month before the start of a period that
     * starts then is that year's month.
     *
     * @param period the roadmap period
     * @return the month with a year
     */
    public YearMonth resolve(DateRange period) {
        if (year.isPresent()) {
            return YearMonth.of(year.get().getValue(), month);
        }
        YearMonth start = YearMonth.from(period.start());
        YearMonth candidate = YearMonth.of(start.getYear(), month);
        return candidate.isBefore(start) && start.getYear() < Year.MAX_VALUE ? candidate.plusYears(1) : candidate;
    }

    /**
     * Returns this month in the year of the first such month at or after {@code notBefore}, or in the year of
     * {@code notBefore} when that is the last year {@link Year#MAX_VALUE}.
     *
     * @param notBefore the earliest month the result may be
     * @return the month with a year
     */
    YearMonth resolveNotBefore(YearMonth notBefore) {
        if (year.isPresent()) {
            return YearMonth.of(year.get().getValue(), month);
        }
        YearMonth candidate = YearMonth.of(notBefore.getYear(), month);
        return candidate.isBefore(notBefore) && notBefore.getYear() < Year.MAX_VALUE
                ? candidate.plusYears(1)
                : candidate;
    }

    /**
     * Returns this month in the year of the last such month at or before {@code notAfter}, or in the year of
     * {@code notAfter} when that is the first year {@link Year#MIN_VALUE}.
     *
     * @param notAfter the latest month the result may be
     * @return the month with a year
     */
    YearMonth resolveNotAfter(YearMonth notAfter) {
        if (year.isPresent()) {
            return YearMonth.of(year.get().getValue(), month);
        }
        YearMonth candidate = YearMonth.of(notAfter.getYear(), month);
        return candidate.isAfter(notAfter) && notAfter.getYear() > Year.MIN_VALUE ? candidate.minusYears(1) : candidate;
    }

    @Override
    public String toString() {
        return year.map(y -> y + "-" + String.format("%02d", month.getValue()))
                .orElse("--" + String.format("%02d", month.getValue()));
    }
}
