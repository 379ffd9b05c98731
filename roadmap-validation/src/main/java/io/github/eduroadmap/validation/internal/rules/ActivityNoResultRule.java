package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.util.List;

/**
 * {@code activity.no-result}: an activity whose expected result cell is empty (no result, or only blank ones). The
 * pointer is the activity's: an empty list of results is not written.
 */
public final class ActivityNoResultRule extends BuiltInRule {

    /** Creates the rule. */
    public ActivityNoResultRule() {
        super("activity.no-result", Severity.WARNING, StructureRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
        List<Section> sections = context.roadmap().sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                Activity activity = activities.get(a);
                if (hasNoResult(activity.results())) {
                    context.report(Pointer.activity(s, a), Args.of("activity", Texts.excerpt(activity.title())));
                }
            }
        }
    }

    /** Whether no result is written: the list is empty or every text is blank. */
    private static boolean hasNoResult(List<ExpectedResult> results) {
        for (int i = 0; i < results.size(); i++) {
            if (!Texts.isBlank(results.get(i).text())) {
                return false;
            }
        }
        return true;
    }
}
