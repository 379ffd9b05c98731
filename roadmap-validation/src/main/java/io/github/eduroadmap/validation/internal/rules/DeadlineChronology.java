package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Occurrence;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code deadline.chronology} (info): within a section, an activity that both starts and is due earlier than the
 * dated activity before it: "Август - сентябрь" after "Сентябрь - октябрь", "март" after "сентябрь".
 *
 * <p>An activity's dates are the first day and the latest due date of its dated occurrences. Deadlines that give no
 * place in a sequence are skipped and do not break it: no dates ("по запросу", unparsed words), the whole period or
 * a whole year ("в течение всего периода", "В течение 2023 года") and recurring deadlines ("ежемесячно"); of a
 * combined deadline only its dated parts count. Spans that nest or overlap ("май" after "март-декабрь", "Ноябрь 2022 -
 * август 2023" after "Февраль 2023") are not disorder: only an activity lying wholly earlier at both ends is. Months
 * without a year take theirs from the period; with no period they are skipped.
 */
public final class DeadlineChronology extends BuiltInRule {

    /** Creates the rule. */
    public DeadlineChronology() {
        super("deadline.chronology", Severity.INFO, DeadlineRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
        Optional<DateRange> period = Terms.period(context);
        List<Section> sections = context.roadmap().sections();
        for (int s = 0; s < sections.size(); s++) {
            DateRange previous = null;
            Deadline previousDeadline = null;
            int previousIndex = -1;
            for (int a = 0; a < sections.get(s).activities().size(); a++) {
                Deadline d = sections.get(s).activities().get(a).deadline().orElse(null);
                DateRange dates = d == null ? null : dates(context, d, period);
                if (dates == null) {
                    continue;
                }
                if (previous != null
                        && dates.start().isBefore(previous.start())
                        && dates.end().isBefore(previous.end())) {
                    context.report(
                            Pointer.activity(s, a).add("deadline"),
                            Args.of(
                                    "text",
                                    d.text(),
                                    "start",
                                    dates.start(),
                                    "end",
                                    dates.end(),
                                    "previous",
                                    Pointers.activityText(s, previousIndex),
                                    "previousText",
                                    previousDeadline.text(),
                                    "previousStart",
                                    previous.start(),
                                    "previousEnd",
                                    previous.end()));
                }
                previous = dates;
                previousDeadline = d;
                previousIndex = a;
            }
        }
    }

    /** Returns the first day and the latest due date of the dated parts, or null when there are none. */
    private static DateRange dates(RuleContext context, Deadline deadline, Optional<DateRange> period) {
        DateRange p = period.orElse(ANY_YEAR);
        if (!(deadline instanceof Deadline.Combined)) {
            // most deadlines are one part: no list of parts
            return dated(deadline, period) ? span(null, context, deadline, p) : null;
        }
        DateRange span = null;
        for (Deadline part : Terms.parts(deadline)) {
            if (dated(part, period)) {
                span = span(span, context, part, p);
            }
        }
        return span;
    }

    /** The year months without one take when there is no period; only dates with years are read then. */
    private static final DateRange ANY_YEAR = DateRange.ofYear(2000);

    /** Tells whether a part gives a place in a sequence: not recurring, not throughout, its months placeable. */
    private static boolean dated(Deadline part, Optional<DateRange> period) {
        if (part instanceof Deadline.Recurring || part instanceof Deadline.Throughout) {
            return false;
        }
        return period.isPresent() || !needsPeriod(part);
    }

    /** Widens a span (null for none yet) by the first day and the due dates of a part's occurrences. */
    private static DateRange span(DateRange span, RuleContext context, Deadline part, DateRange period) {
        LocalDate first = span == null ? null : span.start();
        LocalDate last = span == null ? null : span.end();
        for (Occurrence o : part.occurrences(period, context.schoolYear())) {
            LocalDate start =
                    o.window().isWellOrdered() ? o.window().start() : o.window().end();
            first = first == null || start.isBefore(first) ? start : first;
            last = last == null || o.due().isAfter(last) ? o.due() : last;
        }
        return first == null ? span : new DateRange(first, last);
    }

    private static boolean needsPeriod(Deadline part) {
        if (part instanceof Deadline.InMonth) {
            return ((Deadline.InMonth) part).month().year().isEmpty();
        }
        if (part instanceof Deadline.MonthSpan) {
            Deadline.MonthSpan m = (Deadline.MonthSpan) part;
            return m.from().year().isEmpty() && m.to().year().isEmpty();
        }
        return false;
    }
}
