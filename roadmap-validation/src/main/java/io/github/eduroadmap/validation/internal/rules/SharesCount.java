package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * {@code shares.count}: a share's count disagrees with its percentage of the fact's total: 16 schools, "75%" is 12.
 *
 * <p>The document rounds its percentages to the decimals it prints them with, so a count agrees when the percentage
 * it makes of the total, rounded to those decimals, is the printed one: 12 of 16 is 75%, 5 of 16 (31.25%) agrees
 * with "31%", 4 of 16 does not agree with "30%". Facts without a total, and shares without a count, are not checked
 * ("ШНОР – 36% (176)" gives no total). Points at {@code /context/<i>/shares/<j>/count}. Arguments: {@code label},
 * {@code percent}, {@code total}, {@code expected} (percent x total / 100, exact) and {@code count}.
 */
public final class SharesCount extends BuiltInRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** Creates the rule. */
    public SharesCount() {
        super("shares.count", Severity.WARNING, CoverageRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
        List<ContextFact> facts = context.roadmap().context();
        for (int i = 0; i < facts.size(); i++) {
            ContextFact fact = facts.get(i);
            if (fact.total().isEmpty() || fact.total().get().signum() <= 0) {
                continue;
            }
            BigDecimal total = fact.total().get();
            for (int j = 0; j < fact.shares().size(); j++) {
                Share share = fact.shares().get(j);
                if (share.count().isEmpty()) {
                    continue;
                }
                BigDecimal count = share.count().get();
                BigDecimal percent = share.percent();
                BigDecimal actual = count.multiply(HUNDRED).divide(total, MathContext.DECIMAL64);
                BigDecimal slack = HALF.movePointLeft(
                        Math.max(0, percent.stripTrailingZeros().scale()));
                if (actual.subtract(percent).abs().compareTo(slack) > 0) {
                    context.report(
                            Pointer.root()
                                    .add("context")
                                    .add(i)
                                    .add("shares")
                                    .add(j)
                                    .add("count"),
                            Args.of(
                                    "label",
                                    share.label(),
                                    "percent",
                                    percent,
                                    "total",
                                    total,
                                    "expected",
                                    SharesSum.plain(percent.multiply(total).divide(HUNDRED)),
                                    "count",
                                    count));
                }
            }
        }
    }
}
