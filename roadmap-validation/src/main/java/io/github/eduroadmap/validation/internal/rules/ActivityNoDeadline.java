package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.util.List;

/**
 * {@code activity.no-deadline}: an activity whose deadline cell is empty (no deadline, or unparsed words that are only white space). It
 * points at the activity, since an absent deadline has no place of its own in the serialized document.
 */
public final class ActivityNoDeadline extends BuiltInRule {

    /** Creates the rule. */
    public ActivityNoDeadline() {
        super("activity.no-deadline", Severity.WARNING, DeadlineRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
        List<Section> sections = context.roadmap().sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                Activity activity = activities.get(a);
                Deadline d = activity.deadline().orElse(null);
                if (d == null || d instanceof Deadline.Unparsed && d.text().isBlank()) {
                    context.report(Pointer.activity(s, a), Args.of("title", Texts.shorten(activity.title())));
                }
            }
        }
    }
}
