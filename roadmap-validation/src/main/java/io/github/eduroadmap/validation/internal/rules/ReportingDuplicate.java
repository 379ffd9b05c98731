package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;

/**
 * {@code reporting.duplicate} (needs a monitoring document): two reports by the same reporter (compared by folded
 * words) for the same reporting period. The earliest submitted is the report; each other one is reported, pointing
 * at {@code /reports/<i>} in the monitoring document. Reports that answer no requirement are duplicates when their
 * periods are equal. Arguments: {@code reporter}, {@code period}, {@code first} (the pointer of the earliest report)
 * and {@code firstSubmitted}.
 */
public final class ReportingDuplicate extends BuiltInRule {

    /** Creates the rule. */
    public ReportingDuplicate() {
        super("reporting.duplicate", Severity.WARNING, ReportingRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
        ReportingPlan.of(context).ifPresent(plan -> {
            for (ReportingPlan.Duplicate d : plan.duplicates) {
                ReportSubmission report = plan.monitoring.reports().get(d.report());
                ReportSubmission first = plan.monitoring.reports().get(d.first());
                context.report(
                        Document.MONITORING,
                        Pointer.root().add("reports").add(d.report()),
                        Args.of(
                                "reporter",
                                report.reporter(),
                                "period",
                                Terms.periodText(report.period()),
                                "first",
                                Pointer.root().add("reports").add(d.first()).toString(),
                                "firstSubmitted",
                                first.submitted()));
            }
        });
    }
}
