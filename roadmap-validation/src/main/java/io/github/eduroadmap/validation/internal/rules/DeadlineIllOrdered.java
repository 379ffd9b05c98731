package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.time.LocalDate;

/**
 * {@code deadline.ill-ordered}: a span that ends before it starts, "31.05.2021-01.04.2021" or "Октябрь 2023 - май
 * 2022", in an activity or a reporting requirement; each ill-ordered part of a combined deadline once. A span of
 * months without years is never ill-ordered: "ноябрь - февраль" runs into the next year.
 */
public final class DeadlineIllOrdered extends BuiltInRule {

    /** Creates the rule. */
    public DeadlineIllOrdered() {
        super("deadline.ill-ordered", Severity.ERROR, DeadlineRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
        ActivityFacts facts = ActivityFacts.of(context, ActivityFacts.Fact.ILL_ORDERED);
        for (int i = 0; i < facts.size(); i++) {
            if (facts.holds(i, ActivityFacts.Fact.ILL_ORDERED)) {
                check(
                        context,
                        facts.section(i),
                        facts.index(i),
                        facts.activity(i).deadline().get());
            }
        }
        for (int k = 0; k < context.roadmap().reporting().size(); k++) {
            check(context, -1, k, context.roadmap().reporting().get(k).deadline());
        }
    }

    /**
     * Checks the deadline of an activity, or of a reporting requirement when {@code section} is -1; the pointer is
     * made only for a violation.
     */
    private static void check(RuleContext context, int section, int index, Deadline deadline) {
        if (deadline.isWellOrdered()) {
            return;
        }
        Pointer where = Pointers.deadline(section, index);
        for (Deadline part : Terms.parts(deadline)) {
            if (part.isWellOrdered()) {
                continue;
            }
            LocalDate start;
            LocalDate end;
            if (part instanceof Deadline.DateSpan) {
                start = ((Deadline.DateSpan) part).from();
                end = ((Deadline.DateSpan) part).to();
            } else if (part instanceof Deadline.MonthSpan) {
                Deadline.MonthSpan m = (Deadline.MonthSpan) part;
                // both months have years here, or the span would be well ordered
                DateRange any = DateRange.ofYear(2000);
                start = m.from().resolve(any).atDay(1);
                end = m.to().resolve(any).atEndOfMonth();
            } else {
                continue;
            }
            context.report(where, Args.of("text", part.text(), "start", start, "end", end));
        }
    }
}
