package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;

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
        ActivityFacts facts = ActivityFacts.of(context, ActivityFacts.Fact.NO_EXECUTOR);
        for (int i = 0; i < facts.size(); i++) {
            if (facts.holds(i, ActivityFacts.Fact.NO_EXECUTOR)) {
                context.report(
                        Pointer.activity(facts.section(i), facts.index(i)),
                        Args.of("activity", Texts.excerpt(facts.activity(i).title())));
            }
        }
    }
}
