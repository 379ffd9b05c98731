package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code shares.sum}: the shares of a context fact that split a whole ({@link ContextFact#partition()}) do not sum
 * to 100%.
 *
 * <p>Documents round percentages: each share printed with {@code k} decimals may be off by half a unit of its last
 * place, so a sum is accepted when it differs from 100 by less than the sum of those halves ("33%, 33%, 33%" sums to
 * 99 and is accepted; "75%, 26%" is not). Points at {@code /context/<i>/shares}. Arguments: {@code percents} (the
 * shares in order) and {@code sum}.
 */
public final class SharesSum extends BuiltInRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** Creates the rule. */
    public SharesSum() {
        super("shares.sum", Severity.ERROR, CoverageRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
        List<ContextFact> facts = context.roadmap().context();
        for (int i = 0; i < facts.size(); i++) {
            ContextFact fact = facts.get(i);
            if (!fact.partition() || fact.shares().isEmpty()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal slack = BigDecimal.ZERO;
            List<BigDecimal> percents = new ArrayList<>();
            for (Share share : fact.shares()) {
                sum = sum.add(share.percent());
                slack = slack.add(HALF.movePointLeft(
                        Math.max(0, share.percent().stripTrailingZeros().scale())));
                percents.add(share.percent());
            }
            if (sum.subtract(HUNDRED).abs().compareTo(slack) >= 0 && sum.compareTo(HUNDRED) != 0) {
                context.report(
                        Pointer.root().add("context").add(i).add("shares"),
                        Args.of("percents", percents, "sum", plain(sum)));
            }
        }
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
