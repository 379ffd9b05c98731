package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;

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
        ActivityFacts facts = ActivityFacts.of(context, ActivityFacts.Fact.NO_RESULT);
        for (int i = 0; i < facts.size(); i++) {
            if (facts.holds(i, ActivityFacts.Fact.NO_RESULT)) {
                context.report(
                        Pointer.activity(facts.section(i), facts.index(i)),
                        Args.of("activity", Texts.excerpt(facts.activity(i).title())));
            }
        }
    }
}
