package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.DueDate;
import io.github.eduroadmap.model.DueRule;
import io.github.eduroadmap.model.Monitoring;
import io.github.eduroadmap.validation.RuleContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dates and terms shared by the deadline, coverage and reporting rules: the day a check is made as of, the move of a
 * due date by Civil Code art. 193, and periods as the file format writes them.
 */
final class Terms {

    private Terms() {}

    /**
     * Returns the day the monitoring document can speak for: the validator's as-of date, or the document's own date
     * when that is earlier, since a document cannot show what happened after its date.
     *
     * @param context the rule's context
     * @param monitoring the monitoring document
     * @return the earlier of the two dates
     */
    static LocalDate asOf(RuleContext context, Monitoring monitoring) {
        LocalDate asOf = context.asOf();
        return monitoring.asOf().filter(d -> d.isBefore(asOf)).orElse(asOf);
    }

    /**
     * Tells whether a term has passed as of a day: the term ends at 24:00 of its (moved) last day in the roadmap's
     * zone (Civil Code art. 194), so a term ending on the as-of day itself has not passed.
     *
     * @param due the last day of the term, after the move of art. 193
     * @param asOf the as-of day in the roadmap's zone
     * @return true when {@code due} lies before {@code asOf}
     */
    static boolean hasPassed(LocalDate due, LocalDate asOf) {
        return due.isBefore(asOf);
    }

    /**
     * Returns the roadmap period if it is known and well ordered.
     *
     * @param context the rule's context
     * @return the period
     */
    static Optional<DateRange> period(RuleContext context) {
        return context.period().filter(DateRange::isWellOrdered);
    }

    /**
     * Returns a reporting deadline in which every recurring part without a due rule is due on the validator's
     * reporting due day of the month after its reporting period.
     *
     * @param deadline the requirement's deadline
     * @param dueDay the day of the following month
     * @return the deadline with due rules
     */
    static Deadline withDueDay(Deadline deadline, int dueDay) {
        if (deadline instanceof Deadline.Recurring) {
            Deadline.Recurring r = (Deadline.Recurring) deadline;
            if (r.due().isEmpty()) {
                return new Deadline.Recurring(r.text(), r.frequency(), Optional.of(new DueRule(dueDay)));
            }
            return r;
        }
        if (deadline instanceof Deadline.Combined) {
            Deadline.Combined c = (Deadline.Combined) deadline;
            List<Deadline> parts = new ArrayList<>(c.parts().size());
            for (Deadline p : c.parts()) {
                parts.add(withDueDay(p, dueDay));
            }
            return new Deadline.Combined(c.text(), parts);
        }
        return deadline;
    }

    /**
     * Returns the parts of a deadline: the parts of a combined deadline, or the deadline itself.
     *
     * @param deadline the deadline
     * @return its simple parts, in order
     */
    static List<Deadline> parts(Deadline deadline) {
        List<Deadline> out = new ArrayList<>();
        addParts(deadline, out);
        return out;
    }

    private static void addParts(Deadline d, List<Deadline> out) {
        if (d instanceof Deadline.Combined) {
            for (Deadline p : ((Deadline.Combined) d).parts()) {
                addParts(p, out);
            }
        } else {
            out.add(d);
        }
    }

    /**
     * Returns the year a due date's estimate rests on: the first year from the nominal to the due day the calendar
     * has no data for.
     *
     * @param context the rule's context
     * @param due the due date
     * @return the year
     */
    static int estimatedYear(RuleContext context, DueDate due) {
        for (int y = due.nominal().getYear(); y <= due.due().getYear(); y++) {
            if (!context.calendar().hasDataFor(y)) {
                return y;
            }
        }
        return due.due().getYear();
    }

    /**
     * Returns a period as the file format writes it: {@code 2021-03}, {@code 2021-Q1}, {@code 2022}, {@code
     * 2022-12/2023-11} or {@code 2021-02-25/2021-12-12}.
     *
     * @param range the period
     * @return the text
     */
    static String periodText(DateRange range) {
        if (range.asYear().isPresent()) {
            return Integer.toString(range.start().getYear());
        }
        if (range.isWellOrdered() && range.isWholeMonths()) {
            YearMonth from = YearMonth.from(range.start());
            YearMonth to = YearMonth.from(range.end());
            if (from.equals(to)) {
                return from.toString();
            }
            if (from.getYear() == to.getYear()
                    && (from.getMonthValue() - 1) % 3 == 0
                    && from.plusMonths(2).equals(to)) {
                return from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1);
            }
            return from + "/" + to;
        }
        if (range.start().equals(range.end())) {
            return range.start().toString();
        }
        return range.start() + "/" + range.end();
    }
}
