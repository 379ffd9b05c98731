package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code objective.no-activity}: an objective that no section and no activity serves. A section serves its objective
 * only when it has activities. A roadmap that links no section and no activity to any objective says nothing about
 * which objective is served, and is not checked.
 */
public final class ObjectiveNoActivityRule extends BuiltInRule {

    /** Creates the rule. */
    public ObjectiveNoActivityRule() {
        super("objective.no-activity", Severity.WARNING, StructureRules.BUNDLE);
    }

    private static String shown(String number) {
        String s = Texts.spaced(number);
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public void check(RuleContext context) {
        Roadmap r = context.roadmap();
        Set<String> served = new HashSet<>();
        boolean linked = false;
        for (Section section : r.sections()) {
            linked |= section.objective().isPresent();
            if (!section.activities().isEmpty()) {
                section.objective().ifPresent(served::add);
            }
            for (Activity activity : section.activities()) {
                linked |= activity.objective().isPresent();
                activity.objective().ifPresent(served::add);
            }
        }
        if (!linked) {
            return;
        }
        List<Objective> objectives = r.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            Objective o = objectives.get(i);
            if (!served.contains(o.id())) {
                context.report(
                        Pointer.root().add("objectives").add(i),
                        Args.of(
                                "objective",
                                o.number().map(ObjectiveNoActivityRule::shown).orElse(o.id()),
                                "title",
                                Texts.excerpt(o.title())));
            }
        }
    }
}
