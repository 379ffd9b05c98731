package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;

/**
 * {@code deadline.unparsed}: deadline words no rule understands ("О 1 А О О Л Л 1"), in an activity or a reporting
 * requirement. A combined deadline with an unparsed part is reported with the variant {@code part}, which quotes the
 * part. An empty deadline cell is {@code activity.no-deadline}, not this rule.
 */
public final class DeadlineUnparsed extends BuiltInRule {

    /** Creates the rule. */
    public DeadlineUnparsed() {
        super("deadline.unparsed", Severity.WARNING, DeadlineRules.BUNDLE, "part");
    }

    @Override
    public void check(RuleContext context) {
        ActivityFacts facts = ActivityFacts.of(context, ActivityFacts.Fact.UNPARSED);
        for (int i = 0; i < facts.size(); i++) {
            if (facts.holds(i, ActivityFacts.Fact.UNPARSED)) {
                check(
                        context,
                        Pointer.activity(facts.section(i), facts.index(i)).add("deadline"),
                        facts.activity(i).deadline().get());
            }
        }
        for (int k = 0; k < context.roadmap().reporting().size(); k++) {
            check(
                    context,
                    Pointers.deadline(-1, k),
                    context.roadmap().reporting().get(k).deadline());
        }
    }

    private static void check(RuleContext context, Pointer where, Deadline deadline) {
        if (deadline.isParsed()) {
            return;
        }
        if (deadline instanceof Deadline.Unparsed) {
            context.report(where, Args.of("text", deadline.text()));
            return;
        }
        for (Deadline part : Terms.parts(deadline)) {
            if (!part.isParsed()) {
                context.report(where, "part", Args.of("part", part.text(), "text", deadline.text()));
            }
        }
    }
}
