package io.github.eduroadmap.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The school year: its four quarters ("учебные четверти") and two half-years ("учебные полугодия").
 *
 * <p>A school year starting in year {@code Y} has its first two quarters in {@code Y} and the last two in
 * {@code Y + 1}; the first half-year runs from the start of the first quarter to the end of the second, the second
 * from the start of the third to the end of the fourth. The {@link #standard() standard} calendar uses the same
 * dates every year, those of the federal calendar of 2023/24: 1 September - 27 October, 6 November - 29 December,
 * 9 January - 22 March, 1 April - 24 May. Regions and years differ; replace them with a {@link #builder() builder}.
 *
 * <pre>{@code
 * SchoolYearCalendar primorsky = SchoolYearCalendar.builder()
 *     .quarters(2021, DateRange.of(LocalDate.of(2021, 9, 1), LocalDate.of(2021, 10, 29)), ...)
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SchoolYearCalendar {

    private static final List<MonthDay[]> STANDARD_QUARTERS = List.of(
            new MonthDay[] {MonthDay.of(9, 1), MonthDay.of(10, 27)},
            new MonthDay[] {MonthDay.of(11, 6), MonthDay.of(12, 29)},
            new MonthDay[] {MonthDay.of(1, 9), MonthDay.of(3, 22)},
            new MonthDay[] {MonthDay.of(4, 1), MonthDay.of(5, 24)});

    private static final SchoolYearCalendar STANDARD = new SchoolYearCalendar(STANDARD_QUARTERS, Map.of());

    private final List<MonthDay[]> pattern;
    private final Map<Integer, List<DateRange>> byYear;

    private SchoolYearCalendar(List<MonthDay[]> pattern, Map<Integer, List<DateRange>> byYear) {
        this.pattern = pattern;
        this.byYear = Map.copyOf(byYear);
    }

    /**
     * Returns the standard calendar: the same quarter dates every year.
     *
     * @return the standard calendar
     */
    public static SchoolYearCalendar standard() {
        return STANDARD;
    }

    /**
     * Returns a builder that starts from the standard dates.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the four quarters of the school year that starts in {@code startYear}.
     *
     * @param startYear the year of 1 September
     * @return the quarters in order
     */
    public List<DateRange> quarters(int startYear) {
        List<DateRange> given = byYear.get(startYear);
        if (given != null) {
            return given;
        }
        List<DateRange> result = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            int year = i < 2 ? startYear : startYear + 1;
            MonthDay[] q = pattern.get(i);
            result.add(new DateRange(q[0].atYear(year), q[1].atYear(year)));
        }
        return List.copyOf(result);
    }

    /**
     * Returns the two half-years of the school year that starts in {@code startYear}.
     *
     * @param startYear the year of 1 September
     * @return the half-years in order
     */
    public List<DateRange> halfYears(int startYear) {
        List<DateRange> q = quarters(startYear);
        return List.of(
                new DateRange(q.get(0).start(), q.get(1).end()),
                new DateRange(q.get(2).start(), q.get(3).end()));
    }

    /**
     * Returns every school quarter that shares a day with a period, in order.
     *
     * <p>The work grows with the years of the period; a school year that would end after the last year
     * {@link Year#MAX_VALUE} has no quarters.
     *
     * @param period the period
     * @return the quarters
     */
    public List<DateRange> quarters(DateRange period) {
        List<DateRange> result = new ArrayList<>();
        int last = Math.min(period.end().getYear(), Year.MAX_VALUE - 1);
        for (int y = Math.max(period.start().getYear() - 1, Year.MIN_VALUE); y <= last; y++) {
            for (DateRange q : quarters(y)) {
                if (q.overlaps(period)) {
                    result.add(q);
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Returns every school half-year that shares a day with a period, in order.
     *
     * <p>The work grows with the years of the period; a school year that would end after the last year
     * {@link Year#MAX_VALUE} has no half-years.
     *
     * @param period the period
     * @return the half-years
     */
    public List<DateRange> halfYears(DateRange period) {
        List<DateRange> result = new ArrayList<>();
        int last = Math.min(period.end().getYear(), Year.MAX_VALUE - 1);
        for (int y = Math.max(period.start().getYear() - 1, Year.MIN_VALUE); y <= last; y++) {
            for (DateRange h : halfYears(y)) {
                if (h.overlaps(period)) {
                    result.add(h);
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * Returns the year in which the school year containing a day started.
     *
     * @param day a day
     * @return the year of the 1 September on or before {@code day}
     */
    public static int schoolYearOf(LocalDate day) {
        return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SchoolYearCalendar)) {
            return false;
        }
        SchoolYearCalendar other = (SchoolYearCalendar) o;
        if (!byYear.equals(other.byYear)) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!pattern.get(i)[0].equals(other.pattern.get(i)[0])
                    || !pattern.get(i)[1].equals(other.pattern.get(i)[1])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = byYear.hashCode();
        for (MonthDay[] q : pattern) {
            h = 31 * h + q[0].hashCode() * 17 + q[1].hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("SchoolYearCalendar{quarters=");
        for (MonthDay[] q : pattern) {
            s.append(q[0]).append('/').append(q[1]).append(' ');
        }
        return s.append("years=").append(byYear).append('}').toString();
    }

    /** Builds a school-year calendar: quarter dates for every year, and exact dates for given years. */
    public static final class Builder {
        private final List<MonthDay[]> pattern = new ArrayList<>(STANDARD_QUARTERS);
        private final Map<Integer, List<DateRange>> byYear = new HashMap<>();

        private Builder() {}

        /**
         * Sets the dates of one quarter for every year without exact dates.
         *
         * @param quarter 1 to 4
         * @param start the first day
         * @param end the last day
         * @return this builder
         * @throws IllegalArgumentException if {@code quarter} is not 1 to 4
         */
        public Builder quarter(int quarter, MonthDay start, MonthDay end) {
            if (quarter < 1 || quarter > 4) {
                throw new IllegalArgumentException("a school year has quarters 1 to 4, got " + quarter);
            }
            pattern.set(quarter - 1, new MonthDay[] {Objects.requireNonNull(start), Objects.requireNonNull(end)});
            return this;
        }

        /**
         * Sets the exact quarters of one school year.
         *
         * @param startYear the year of the school year's 1 September
         * @param q1 the first quarter
         * @param q2 the second quarter
         * @param q3 the third quarter
         * @param q4 the fourth quarter
         * @return this builder
         */
        public Builder quarters(int startYear, DateRange q1, DateRange q2, DateRange q3, DateRange q4) {
            byYear.put(startYear, List.of(q1, q2, q3, q4));
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar
         */
        public SchoolYearCalendar build() {
            return new SchoolYearCalendar(List.copyOf(pattern), byYear);
        }
    }
}
