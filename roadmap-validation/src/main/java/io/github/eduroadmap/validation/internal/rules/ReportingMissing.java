package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.DueDate;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.util.Map;

/**
 * {@code reporting.missing} (needs a monitoring document): no report of an expected reporter for a reporting period
 * whose due date has passed.
 *
 * <p>The due date is moved by Civil Code art. 193 like that of {@code reporting.late}, and it has passed when it lies
 * before the as-of date (art. 194: the report may be submitted until midnight of the due date in the roadmap's zone),
 * so a report due today is not missing yet. The as-of date is the validator's, or the monitoring document's own date
 * when that is earlier. Who is expected to report, and when a report counts for a period: see {@link ReportingPlan}.
 * Without a roadmap period nothing is missing, since the reporting periods are unknown.
 *
 * <p>A missing report has no place in the monitoring document: the violation points at the requirement, {@code
 * /reporting/<k>} in the roadmap. Variants: {@code moved} and {@code estimated} as for {@code reporting.late}, and
 * {@code unnamed} when the requirement names no reporter and nobody reported under it. Arguments: {@code reporter},
 * {@code period}, {@code due}, {@code nominalDue}, {@code year} (estimated only).
 */
public final class ReportingMissing extends BuiltInRule {

    /** Creates the rule. */
    public ReportingMissing() {
        super("reporting.missing", Severity.ERROR, ReportingRules.BUNDLE, "moved", "estimated", "unnamed");
    }

    @Override
    public void check(RuleContext context) {
        ReportingPlan.of(context).ifPresent(plan -> {
            for (ReportingPlan.Missing missing : plan.missing) {
                DueDate due = missing.slot().due;
                Pointer where = Pointers.REPORTING.add(missing.duty().index);
                Map<String, Object> args = Args.of(
                        "reporter",
                        missing.reporter(),
                        "period",
                        Terms.periodText(missing.slot().window),
                        "due",
                        due.due(),
                        "nominalDue",
                        due.nominal());
                if (missing.reporterKey().equals(ReportingPlan.UNNAMED)) {
                    context.report(where, "unnamed", args);
                } else {
                    ReportingRules.report(context, Document.ROADMAP, where, due, args);
                }
            }
        });
    }
}
