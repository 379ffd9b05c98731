package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;

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
        ActivityFacts facts = ActivityFacts.of(context, ActivityFacts.Fact.NO_DEADLINE);
        for (int i = 0; i < facts.size(); i++) {
            if (facts.holds(i, ActivityFacts.Fact.NO_DEADLINE)) {
                context.report(
                        Pointer.activity(facts.section(i), facts.index(i)),
                        Args.of("title", Texts.shorten(facts.activity(i).title())));
            }
        }
    }
}
