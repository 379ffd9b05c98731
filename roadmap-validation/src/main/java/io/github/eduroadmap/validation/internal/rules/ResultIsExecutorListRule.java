package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Organisation;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.Pointer;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.internal.Args;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code result.is-executor-list}: a result cell that holds a list of executors instead of a result ("Отдел
 * образования; Образовательные организации").
 *
 * <p>The test: split at ";" and ","; every part names an executor, and at least one part names a known executor
 * word for word (letter case and "ё" aside). A part names a known executor when it is an organisation of the
 * glossary (abbreviation or full name) or the words of an executor of any activity of the roadmap; it names an
 * executor of some kind when it has at most four words and begins or ends with a word for a body or a role
 * ("организации", "отдел", "комитет", "координатор", "кураторы", ...). A part with a digit or a "%" never names an
 * executor.
 */
public final class ResultIsExecutorListRule extends BuiltInRule {

    /** Words for bodies and roles, in the nominative, that begin or end the name of an executor. */
    private static final Set<String> ROLE_WORDS = Set.of(
            "организация",
            "организации",
            "учреждение",
            "учреждения",
            "отдел",
            "отделы",
            "управление",
            "комитет",
            "министерство",
            "департамент",
            "администрация",
            "администрации",
            "орган",
            "органы",
            "центр",
            "кабинет",
            "школы",
            "координатор",
            "координаторы",
            "куратор",
            "кураторы",
            "методист",
            "методисты",
            "руководитель",
            "руководители",
            "специалист",
            "специалисты");

    private static final int MOST_WORDS = 4;

    /** Creates the rule. */
    public ResultIsExecutorListRule() {
        super("result.is-executor-list", Severity.WARNING, StructureRules.BUNDLE);
    }

    @Override
    public void check(RuleContext context) {
        Roadmap r = context.roadmap();
        Set<String> known = new HashSet<>();
        for (Organisation o : r.organisations()) {
            known.add(Texts.comparable(o.name()));
            o.abbreviation().ifPresent(a -> known.add(Texts.comparable(a)));
        }
        for (Section section : r.sections()) {
            for (Activity activity : section.activities()) {
                for (Executor e : activity.executors()) {
                    known.add(Texts.comparable(e.text()));
                }
            }
        }
        List<Section> sections = r.sections();
        for (int s = 0; s < sections.size(); s++) {
            List<Activity> activities = sections.get(s).activities();
            for (int a = 0; a < activities.size(); a++) {
                List<ExpectedResult> results = activities.get(a).results();
                for (int i = 0; i < results.size(); i++) {
                    List<String> executors = executors(results.get(i).text(), known);
                    if (!executors.isEmpty()) {
                        context.report(
                                Pointer.activity(s, a).add("results").add(i),
                                Args.of("result", Texts.excerpt(results.get(i).text()), "executors", executors));
                    }
                }
            }
        }
    }

    /** Returns the parts of a result when all of them name executors, or an empty list. */
    static List<String> executors(String result, Set<String> known) {
        List<String> parts = new ArrayList<>();
        boolean someKnown = false;
        for (String raw : result.split("[;,\\n]")) {
            String part = Texts.spaced(raw);
            while (part.endsWith(".")) {
                part = part.substring(0, part.length() - 1).strip();
            }
            if (part.isEmpty()) {
                continue;
            }
            String key = Texts.comparable(part);
            if (known.contains(key)) {
                someKnown = true;
            } else if (!isExecutorLike(key)) {
                return List.of();
            }
            parts.add(part);
        }
        return someKnown ? List.copyOf(parts) : List.of();
    }

    private static boolean isExecutorLike(String part) {
        if (part.matches(".*[0-9%].*")) {
            return false;
        }
        String[] words = part.split(" ");
        return words.length <= MOST_WORDS
                && (ROLE_WORDS.contains(words[0]) || ROLE_WORDS.contains(words[words.length - 1]));
    }
}
