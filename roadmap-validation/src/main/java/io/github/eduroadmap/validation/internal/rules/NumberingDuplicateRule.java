package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;

/** {@code numbering.duplicate}: the same number twice in one series of siblings ("5." and "5." among sections). */
public final class NumberingDuplicateRule extends BuiltInRule {

    /** Creates the rule. */
    public NumberingDuplicateRule() {
        super("numbering.duplicate", Severity.WARNING, StructureRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
        for (Numbering.Duplicate d : Numbering.of(context).duplicates()) {
            context.report(
                    d.where(), Args.of("number", d.number(), "first", d.first().toString()));
        }
    }
}
