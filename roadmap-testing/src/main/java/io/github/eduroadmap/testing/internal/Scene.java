package io.github.eduroadmap.testing.internal;

import io.github.eduroadmap.model.DateRange;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What the parts of one generated roadmap must agree on: its period, the months and years that lie wholly within
 * it, its glossary and its objectives, and how often text is stressed.
 */
public final class Scene {

    private final DateRange period;
    private final List<YearMonth> months;
    private final List<Year> years;
    private final List<Vocabulary.Org> organisations;
    private final List<String> objectives;
    private final double stress;
    private final long days;

    /**
     * Creates the scene.
     *
     * @param period the roadmap period, containing at least one whole month
     * @param organisations the glossary
     * @param objectives the objective ids
     * @param stress how often free text is stressed, 0 to 1
     */
    public Scene(DateRange period, List<Vocabulary.Org> organisations, List<String> objectives, double stress) {
        this.period = period;
        this.organisations = List.copyOf(organisations);
        this.objectives = List.copyOf(objectives);
        this.stress = stress;
        List<YearMonth> whole = new ArrayList<>();
        for (YearMonth m = YearMonth.from(period.start()); !m.atDay(1).isAfter(period.end()); m = m.plusMonths(1)) {
            if (period.contains(DateRange.ofMonth(m))) {
                whole.add(m);
            }
        }
        if (whole.isEmpty()) {
            throw new IllegalArgumentException("the period " + period + " contains no whole month");
        }
        this.months = List.copyOf(whole);
        List<Year> wholeYears = new ArrayList<>();
        for (int y = period.start().getYear(); y <= period.end().getYear(); y++) {
            if (period.contains(DateRange.ofYear(y))) {
                wholeYears.add(Year.of(y));
            }
        }
        this.years = List.copyOf(wholeYears);
        this.days = ChronoUnit.DAYS.between(period.start(), period.end());
    }

    /**
     * Returns the roadmap period.
     *
     * @return the period
     */
    public DateRange period() {
        return period;
    }

    /**
     * Returns the months that lie wholly within the period, in order.
     *
     * @return the months, at least one
     */
    public List<YearMonth> months() {
        return months;
    }

    /**
     * Returns the calendar years that lie wholly within the period.
     *
     * @return the years, possibly none
     */
    public List<Year> years() {
        return years;
    }

    /**
     * Returns the glossary.
     *
     * @return the organisations
     */
    public List<Vocabulary.Org> organisations() {
        return organisations;
    }

    /**
     * Returns the objective ids.
     *
     * @return the ids
     */
    public List<String> objectives() {
        return objectives;
    }

    /**
     * Returns how often free text is stressed.
     *
     * @return the rate
     */
    public double stress() {
        return stress;
    }

    /**
     * Returns a day of the period.
     *
     * @param rng the source
     * @return the day
     */
    public LocalDate day(Rng rng) {
        return period.start().plusDays(rng.nextInt((int) days + 1));
    }

    /**
     * Returns a day of the period on or after {@code from}.
     *
     * @param rng the source
     * @param from a day of the period
     * @return the day
     */
    public LocalDate dayFrom(Rng rng, LocalDate from) {
        long left = ChronoUnit.DAYS.between(from, period.end());
        return from.plusDays(rng.nextInt((int) left + 1));
    }

    /**
     * Returns the free text, stressed now and then.
     *
     * @param rng the source
     * @param words the words
     * @return the text
     */
    public String text(Rng rng, String words) {
        return TextGen.maybeStress(rng, words, stress);
    }
}
