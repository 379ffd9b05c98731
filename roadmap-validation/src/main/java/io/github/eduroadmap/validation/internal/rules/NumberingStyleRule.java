package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;

/**
 * {@code numbering.style} (info): a number written unlike most numbers of its level: Roman among Arabic ("I." among
 * "3.", "4."), both at once ("II. 2."), without the final dot the others have ("1.1" among "1.3."), another label
 * ("2." among "Задача 1."). Reported once per style in each section (or once among the sections).
 */
public final class NumberingStyleRule extends BuiltInRule {

    /** Creates the rule. */
    public NumberingStyleRule() {
        super("numbering.style", Severity.INFO, StructureRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
        for (Numbering.Style s : Numbering.of(context).styles()) {
            context.report(s.where(), Args.of("number", s.number(), "usual", s.usual()));
        }
    }
}
