package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.util.List;
import java.util.Optional;

/**
 * {@code deadline.outside-period}: a deadline of an activity or a reporting requirement whose days reach outside the
 * roadmap period ({@link RuleContext#period()}, which falls back to the year of the approval date).
 *
 * <p>The days of a deadline are its {@link Deadline#extent(DateRange) extent}: from the first to the last day of its
 * occurrences, months without a year taking theirs from the period. The message names the end that lies outside:
 * variant {@code before} (starts before the period), {@code after} (ends after it), {@code wholly-before} and {@code
 * wholly-after} (lies entirely outside), or the plain message when it reaches out at both ends. Deadlines without days
 * ("по запросу", unparsed words) and recurring deadlines (whose occurrences are cut to the period) never reach out. No
 * period, no check.
 */
public final class DeadlineOutsidePeriod extends BuiltInRule {

    /** Creates the rule. */
    public DeadlineOutsidePeriod() {
        super(
                "deadline.outside-period",
                Severity.WARNING,
                DeadlineRules.BUNDLE,
                "before",
                "after",
                "wholly-before",
                "wholly-after");
    }

    @Override
    public void check(RuleContext context) {
        Optional<DateRange> known = Terms.period(context);
        if (known.isEmpty()) {
            return;
        }
        DateRange period = known.get();
        List<Section> sections = context.roadmap().sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                Deadline d = activities.get(a).deadline().orElse(null);
                if (d != null) {
                    check(context, s, a, d, period);
                }
            }
        }
        for (int k = 0; k < context.roadmap().reporting().size(); k++) {
            check(context, -1, k, context.roadmap().reporting().get(k).deadline(), period);
        }
    }

    /**
     * Checks the deadline of an activity, or of a reporting requirement when {@code section} is -1; the pointer is
     * made only for a violation.
     */
    private static void check(RuleContext context, int section, int index, Deadline deadline, DateRange period) {
        if (deadline instanceof Deadline.Recurring) {
            // never reaches out, so its occurrences need not be counted: each month, quarter or half-year of a
            // recurring deadline overlaps the (well-ordered) period and its window is the part within the period
            return;
        }
        Optional<DateRange> extent = deadline.extent(period);
        if (extent.isEmpty() || period.contains(extent.get())) {
            return;
        }
        DateRange e = extent.get();
        boolean before = e.start().isBefore(period.start());
        boolean after = e.end().isAfter(period.end());
        Pointer where = Pointers.deadline(section, index);
        var args = Args.of(
                "text",
                deadline.text(),
                "start",
                e.start(),
                "end",
                e.end(),
                "periodStart",
                period.start(),
                "periodEnd",
                period.end());
        if (before && after) {
            context.report(where, args);
        } else if (before) {
            context.report(where, e.end().isBefore(period.start()) ? "wholly-before" : "before", args);
        } else {
            context.report(where, e.start().isAfter(period.end()) ? "wholly-after" : "after", args);
        }
    }
}
