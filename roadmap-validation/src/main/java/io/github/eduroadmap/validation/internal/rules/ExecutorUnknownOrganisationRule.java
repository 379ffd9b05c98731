package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.OrganisationExecutor;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code executor.unknown-organisation}: an organisation executor whose key is not in the roadmap's glossary. */
public final class ExecutorUnknownOrganisationRule extends BuiltInRule {

    /** Creates the rule. */
    public ExecutorUnknownOrganisationRule() {
        super("executor.unknown-organisation", Severity.ERROR, StructureRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
        Set<String> keys = new HashSet<>();
        for (Organisation o : context.roadmap().organisations()) {
            keys.add(o.key());
        }
        List<Section> sections = context.roadmap().sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                List<Executor> executors = activities.get(a).executors();
                for (int e = 0; e < executors.size(); e++) {
                    if (executors.get(e) instanceof OrganisationExecutor) {
                        OrganisationExecutor o = (OrganisationExecutor) executors.get(e);
                        if (!keys.contains(o.organisation())) {
                            context.report(
                                    Pointer.activity(s, a).add("executors").add(e),
                                    Args.of("organisation", o.organisation(), "text", Texts.excerpt(o.text())));
                        }
                    }
                }
            }
        }
    }
}
