package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.DueDate;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.internal.Memo;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The latest due date of each activity of a roadmap in the roadmap period ({@link Deadline#latestDueDate(DateRange)}),
 * moved to a working day by Civil Code art. 193: worked out once per activity and validation, on first request, for
 * the rules that ask whether an activity is due ({@code activity.overdue}, {@code coverage.below-target}).
 */
final class Dues {

    /** What an activity without a latest due date holds. */
    private static final Object NONE = new Object();

    private final RuleContext context;
    private final Optional<DateRange> period;
    private final List<Section> sections;
    private final Object[][] dues;

    private Dues(RuleContext context) {
        this.context = context;
        this.period = Terms.period(context);
        this.sections = context.roadmap().sections();
        this.dues = new Object[sections.size()][];
    }

    /**
     * Returns the due dates of the roadmap of a rule's context, shared by the rules of one validation.
     *
     * @param context the rule's context
     * @return the due dates
     */
    static Dues of(RuleContext context) {
        return Memo.of(context).get(Dues.class, () -> new Dues(context));
    }

    /**
     * Returns an activity's latest due date in the roadmap period, moved by art. 193.
     *
     * @param section the section's index
     * @param activity the activity's index in the section
     * @return the due date, or null when the activity has no dates or there is no period
     */
    DueDate latest(int section, int activity) {
        Object[] inSection = dues[section];
        if (inSection == null) {
            inSection = new Object[sections.get(section).activities().size()];
            dues[section] = inSection;
        }
        Object due = inSection[activity];
        if (due == null) {
            due = compute(sections.get(section).activities().get(activity));
            inSection[activity] = due;
        }
        return due == NONE ? null : (DueDate) due;
    }

    private Object compute(Activity activity) {
        if (period.isEmpty() || activity.deadline().isEmpty()) {
            return NONE;
        }
        Optional<LocalDate> latest = activity.deadline().get().latestDueDate(period.get());
        return latest.isEmpty() ? NONE : context.calendar().rollForward(latest.get());
    }
}
