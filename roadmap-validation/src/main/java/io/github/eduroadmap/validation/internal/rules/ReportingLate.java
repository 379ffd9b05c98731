package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.DueDate;
import io.github.eduroadmap.model.ReportSubmission;
import io.github.eduroadmap.validation.Document;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.util.Map;

/**
 * {@code reporting.late} (needs a monitoring document): a report submitted after its due date, by how many calendar
 * days.
 *
 * <p>The due date is day N of the month after the reporting period (the requirement's due rule, or the validator's
 * reporting due day), moved to the next working day when it falls on a day off (Civil Code art. 193); a report
 * submitted on the moved due date is on time. The message says when the due date moved (variant {@code moved}) and
 * when it is an estimate because the production calendar has no data for its year (variant {@code estimated}, with
 * the year). Of several reports of one reporter for one period only the earliest is judged; the others are
 * {@code reporting.duplicate}. How reports meet requirements and periods: see {@link ReportingPlan}.
 *
 * <p>Points at {@code /reports/<i>/submitted} in the monitoring document. Arguments: {@code reporter}, {@code period}
 * (as the file format writes it, {@code 2021-03}), {@code submitted}, {@code due}, {@code nominalDue}, {@code days}
 * (calendar days after {@code due}), {@code year} (estimated only).
 */
public final class ReportingLate extends BuiltInRule {

    /** Creates the rule. */
    public ReportingLate() {
        super("reporting.late", Severity.WARNING, ReportingRules.BUNDLE, "moved", "estimated");
    }

    @Override
    public void check(RuleContext context) {
        ReportingPlan.of(context).ifPresent(plan -> {
            for (ReportingPlan.Late late : plan.late) {
                ReportSubmission report = plan.monitoring.reports().get(late.report());
                DueDate due = late.slot().due;
                Map<String, Object> args = Args.of(
                        "reporter",
                        report.reporter(),
                        "period",
                        Terms.periodText(report.period()),
                        "submitted",
                        report.submitted(),
                        "due",
                        due.due(),
                        "nominalDue",
                        due.nominal(),
                        "days",
                        late.days());
                Pointer where = Pointer.root().add("reports").add(late.report()).add("submitted");
                ReportingRules.report(context, Document.MONITORING, where, due, args);
            }
        });
    }
}
