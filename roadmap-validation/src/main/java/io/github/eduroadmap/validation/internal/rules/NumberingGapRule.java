package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.util.Map;

/**
 * {@code numbering.gap}: numbers skip ("5." then "7."), among sections or among activities; numbers that restart in
 * each section, or run on from one section into the next, are no gap.
 */
public final class NumberingGapRule extends BuiltInRule {

    /** Creates the rule. */
    public NumberingGapRule() {
        super("numbering.gap", Severity.WARNING, StructureRules.BUNDLE, "several", "start", "start-several");
    }

    @Override
    public void check(RuleContext context) {
        for (Numbering.Gap g : Numbering.of(context).gaps()) {
            boolean several = g.count() > 1;
            if (g.previous().isEmpty()) {
                context.report(
                        g.where(),
                        several ? "start-several" : "start",
                        Args.of("number", g.number(), "missing", g.missing()));
                continue;
            }
            Map<String, Object> args =
                    Args.of("previous", g.previous().get(), "number", g.number(), "missing", g.missing());
            if (several) {
                context.report(g.where(), "several", args);
            } else {
                context.report(g.where(), args);
            }
        }
    }
}
