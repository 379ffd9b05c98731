package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Objective;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code objective.unknown}: a section or an activity refers to an objective id the roadmap does not have; variant
 * {@code none} when the roadmap has no objectives at all.
 */
public final class ObjectiveUnknownRule extends BuiltInRule {

    /** Creates the rule. */
    public ObjectiveUnknownRule() {
        super("objective.unknown", Severity.ERROR, StructureRules.BUNDLE, "none");
    }

    @Override
    public void check(RuleContext context) {
        Roadmap r = context.roadmap();
        Set<String> ids = new LinkedHashSet<>();
        for (Objective o : r.objectives()) {
            ids.add(o.id());
        }
        List<String> known = new ArrayList<>(ids);
        List<Section> sections = r.sections();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            String objective = section.objective().orElse(null);
            if (objective != null && !ids.contains(objective)) {
                report(context, objective, Pointer.section(s), known);
            }
            List<Activity> activities = section.activities();
            for (int a = 0; a < activities.size(); a++) {
                objective = activities.get(a).objective().orElse(null);
                if (objective != null && !ids.contains(objective)) {
                    report(context, objective, Pointer.activity(s, a), known);
                }
            }
        }
    }

    /** Reports an objective no objective of the roadmap has, at the objective of its owner. */
    private static void report(RuleContext context, String objective, Pointer owner, List<String> known) {
        Pointer at = owner.add("objective");
        if (known.isEmpty()) {
            context.report(at, "none", Args.of("objective", objective));
        } else {
            context.report(at, Args.of("objective", objective, "known", known));
        }
    }
}
