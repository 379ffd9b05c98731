package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.model.Target;
import io.github.eduroadmap.model.Unit;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code coverage.not-full}: a coverage target below 100% over a population the programme must cover whole.
 *
 * <p>Only percentage targets with a population count, and only two kinds of population (see {@link Populations}):
 *
 * <ul>
 *   <li>all the participants of the programme — "80% школ-участниц", "не менее 90% ШНОР", "50% команд школ, слабо
 *       вовлеченных в проект", "70% участников проекта": every participant takes part in a programme such as "500+",
 *       so a target below 100% leaves some out;
 *   <li>people of the programme the roadmap may cover in part — "учителей с выявленными ... дефицитами", "учителей
 *       ШНОР": reported only when the roadmap itself demands 100% of the same population (compared by folded words)
 *       in another result, variant {@code elsewhere}, which names that result: "не менее 80% учителей с выявленными
 *       предметными и методическими дефицитами" beside "Вовлечение 100% учителей с выявленными предметными и
 *       методическими дефицитами".
 * </ul>
 *
 * <p>Any other population is left alone, however low its target: "не менее 60% родителей" is not a coverage of
 * participants, nor are "участников семинара" or "учителей образовательных организаций". Points at the result,
 * {@code /sections/<s>/activities/<a>/results/<r>}. Arguments: {@code target} (its words), {@code value}, {@code
 * population}, and {@code other} (the pointer of the 100% result) for {@code elsewhere}.
 */
public final class CoverageNotFull extends BuiltInRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Creates the rule. */
    public CoverageNotFull() {
        super("coverage.not-full", Severity.WARNING, CoverageRules.BUNDLE, "elsewhere");
    }

    @Override
    public void check(RuleContext context) {
        List<Section> sections = context.roadmap().sections();
        // populations repeat from result to result: each is read once
        Map<String, String> keys = new HashMap<>();
        Map<String, Pointer> full = new HashMap<>();
        // one walk of the roadmap: the first 100% result of each population, and the results below 100% in document
        // order, judged once every 100% result is known
        List<Below> below = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                List<ExpectedResult> results = activities.get(a).results();
                for (int r = 0; r < results.size(); r++) {
                    Target t = results.get(r).target().orElse(null);
                    if (t == null || t.population().isEmpty()) {
                        continue;
                    }
                    if (t.isFullCoverage()) {
                        String key = keys.computeIfAbsent(t.population().get(), Populations::key);
                        if (!full.containsKey(key)) {
                            full.put(key, Pointer.activity(s, a).add("results").add(r));
                        }
                    }
                    if (t.unit() == Unit.PERCENT
                            && t.value().compareTo(HUNDRED) < 0
                            && t.value().signum() >= 0) {
                        below.add(new Below(s, a, r, t));
                    }
                }
            }
        }
        Map<String, Populations.Scope> scopes = new HashMap<>();
        for (Below b : below) {
            Target t = b.target;
            String population = t.population().get();
            Populations.Scope scope = scopes.computeIfAbsent(population, Populations::of);
            if (scope == Populations.Scope.ALL_PARTICIPANTS) {
                context.report(b.where(), Args.of("target", t.text(), "value", t.value(), "population", population));
            } else if (scope == Populations.Scope.IF_DEMANDED) {
                Pointer other = full.get(keys.computeIfAbsent(population, Populations::key));
                if (other != null) {
                    context.report(
                            b.where(),
                            "elsewhere",
                            Args.of(
                                    "target",
                                    t.text(),
                                    "value",
                                    t.value(),
                                    "population",
                                    population,
                                    "other",
                                    other.toString()));
                }
            }
        }
    }

    /** A percentage target below 100% over a population, and where its result is. */
    private static final class Below {
        final int section;
        final int activity;
        final int result;
        final Target target;

        Below(int section, int activity, int result, Target target) {
            this.section = section;
            this.activity = activity;
            this.result = result;
            this.target = target;
        }

        Pointer where() {
            return Pointer.activity(section, activity).add("results").add(result);
        }
    }
}
