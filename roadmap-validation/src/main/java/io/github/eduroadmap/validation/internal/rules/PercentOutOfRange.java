package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ContextFact;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.IndicatorMeasurement;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Share;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Unit;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code percent.out-of-range}: a percentage outside 0..100 — a target in percent ({@code
 * /sections/<s>/activities/<a>/results/<r>}), a share of a context fact ({@code /context/<i>/shares/<j>/percent},
 * variant {@code share}) or a measurement in percent ({@code /measurements/<i>/value} in the monitoring document,
 * variant {@code measurement}).
 *
 * <p>A target that is a change rather than a share is not a percentage of a whole and may exceed 100: its result's
 * words put a word of growth or decrease and "на" before it ("увеличение доли ... на 150%", "рост на 120%").
 * Arguments: {@code value} and {@code text} (the target's words, the share's label, or the measured result's
 * reference).
 */
public final class PercentOutOfRange extends BuiltInRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern CHANGE =
            Pattern.compile("(увелич|рост|прирост|повыш|сниж|сокращ|уменьш)[^.;]{0,80}(^|\\s)на\\s*$");

    /** Creates the rule. */
    public PercentOutOfRange() {
        super("percent.out-of-range", Severity.ERROR, CoverageRules.BUNDLE, "share", "measurement");
    }

    @Override
    public void check(RuleContext context) {
        List<Section> sections = context.roadmap().sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                List<ExpectedResult> results = activities.get(a).results();
                for (int r = 0; r < results.size(); r++) {
                    Target t = results.get(r).target().orElse(null);
                    if (t != null
                            && t.unit() == Unit.PERCENT
                            && outside(t.value())
                            && !isChange(results.get(r).text(), t.text())) {
                        context.report(
                                Pointer.activity(s, a).add("results").add(r),
                                Args.of("value", t.value(), "text", t.text()));
                    }
                }
            }
        }
        List<ContextFact> facts = context.roadmap().context();
        for (int i = 0; i < facts.size(); i++) {
            List<Share> shares = facts.get(i).shares();
            for (int j = 0; j < shares.size(); j++) {
                Share share = shares.get(j);
                if (outside(share.percent())) {
                    context.report(
                            Pointer.root()
                                    .add("context")
                                    .add(i)
                                    .add("shares")
                                    .add(j)
                                    .add("percent"),
                            "share",
                            Args.of("value", share.percent(), "text", share.label()));
                }
            }
        }
        context.monitoring().ifPresent(m -> {
            List<IndicatorMeasurement> measurements = m.measurements();
            for (int i = 0; i < measurements.size(); i++) {
                IndicatorMeasurement x = measurements.get(i);
                if (x.unit() == Unit.PERCENT && outside(x.value())) {
                    context.report(
                            Pointer.root().add("measurements").add(i).add("value"),
                            "measurement",
                            Args.of("value", x.value(), "text", x.result()));
                }
            }
        });
    }

    private static boolean outside(BigDecimal value) {
        return value.signum() < 0 || value.compareTo(HUNDRED) > 0;
    }

    private static boolean isChange(String result, String target) {
        int at = result.indexOf(target);
        if (at < 0) {
            return false;
        }
        String before = Texts.fold(result.substring(0, at));
        return CHANGE.matcher(before).find();
    }
}
