package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;

/**
 * {@code reporting.outside-period} (needs a monitoring document): a report for a period that shares no day with the
 * roadmap period ({@link RuleContext#period()}). A report for a period that only overlaps the roadmap period (a
 * whole month, when the roadmap starts in the middle of it) answers the reporting period it overlaps and is not
 * reported. Such a report answers no requirement: it is neither late nor does it make another report missing. No
 * period, no check.
 *
 * <p>Points at {@code /reports/<i>/period} in the monitoring document. Arguments: {@code reporter}, {@code period},
 * {@code periodStart}, {@code periodEnd}.
 */
public final class ReportingOutsidePeriod extends BuiltInRule {

    /** Creates the rule. */
    public ReportingOutsidePeriod() {
        super("reporting.outside-period", Severity.WARNING, ReportingRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
        ReportingPlan.of(context).ifPresent(plan -> {
            DateRange period = plan.period.orElse(null);
            for (int i : plan.outside) {
                ReportSubmission report = plan.monitoring.reports().get(i);
                context.report(
                        Document.MONITORING,
                        Pointer.root().add("reports").add(i).add("period"),
                        Args.of(
                                "reporter",
                                report.reporter(),
                                "period",
                                Terms.periodText(report.period()),
                                "periodStart",
                                period.start(),
                                "periodEnd",
                                period.end()));
            }
        });
    }
}
