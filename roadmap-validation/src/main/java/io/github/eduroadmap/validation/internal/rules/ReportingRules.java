package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.DueDate;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.Rule;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.internal.Args;
import java.util.List;
import java.util.Map;

/** The built-in rules of the reporting group; their messages are in the bundle {@link #BUNDLE}. */
public final class ReportingRules {

    /** The base name of this group's message bundle. */
    public static final String BUNDLE = "io.github.eduroadmap.validation.internal.rules.ReportingMessages";

    private ReportingRules() {}

    /**
     * Reports a violation about a due date into a document: with the variant {@code estimated} (and the argument {@code year}) when the
     * calendar had no data for it, {@code moved} when it moved to a working day, and the plain message otherwise.
     */
    static void report(RuleContext context, Document document, Pointer where, DueDate due, Map<String, Object> args) {
        if (due.estimated()) {
            context.report(document, where, "estimated", Args.with(args, "year", Terms.estimatedYear(context, due)));
        } else if (due.moved()) {
            context.report(document, where, "moved", args);
        } else {
            context.report(document, where, args);
        }
    }

    /**
     * Returns the rules of this group.
     *
     * @return the rules, in the order they run
     */
    public static List<Rule> all() {
        return List.of(
                new ReportingLate(), new ReportingMissing(), new ReportingOutsidePeriod(), new ReportingDuplicate());
    }
}
