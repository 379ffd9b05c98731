package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.util.List;

/**
 * {@code activity.no-executor}: an activity whose executor cell is empty (no executor, or only blank ones). The
 * pointer is the activity's: an empty list of executors is not written.
 */
public final class ActivityNoExecutorRule extends BuiltInRule {

    /** Creates the rule. */
    public ActivityNoExecutorRule() {
        super("activity.no-executor", Severity.ERROR, StructureRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
        List<Section> sections = context.roadmap().sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                Activity activity = activities.get(a);
                if (hasNoExecutor(activity.executors())) {
                    context.report(Pointer.activity(s, a), Args.of("activity", Texts.excerpt(activity.title())));
                }
            }
        }
    }

    /** Whether no executor is named: the list is empty or every name is blank. */
    private static boolean hasNoExecutor(List<Executor> executors) {
        for (int i = 0; i < executors.size(); i++) {
            if (!Texts.isBlank(executors.get(i).text())) {
                return false;
            }
        }
        return true;
    }
}
