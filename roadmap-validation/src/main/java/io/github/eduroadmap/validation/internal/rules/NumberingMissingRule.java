package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;

/**
 * {@code numbering.missing}: an unnumbered row among numbered siblings; variant {@code expected} when the numbers
 * around it leave exactly its place ("11." and "13." around it: it would be 12).
 */
public final class NumberingMissingRule extends BuiltInRule {

    /** Creates the rule. */
    public NumberingMissingRule() {
        super("numbering.missing", Severity.WARNING, StructureRules.BUNDLE, "expected");
    }

    @Override
    public void check(RuleContext context) {
        for (Numbering.Missing m : Numbering.of(context).missing()) {
            if (m.expected().isPresent()) {
                context.report(
                        m.where(), "expected", Args.of("expected", m.expected().get()));
            } else {
                context.report(m.where(), Args.of());
            }
        }
    }
}
