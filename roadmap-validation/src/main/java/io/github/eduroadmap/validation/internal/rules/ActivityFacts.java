package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.model.Activity;
import io.github.eduroadmap.model.Deadline;
import io.github.eduroadmap.model.Executor;
import io.github.eduroadmap.model.ExpectedResult;
import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.Section;
import io.github.eduroadmap.validation.RuleContext;
import io.github.eduroadmap.validation.internal.Memo;
import java.util.List;

/**
 * The activities of a roadmap in document order, each with its section, its index in the section and what the small
 * activity rules ask of it ({@link Fact facts}: no result, no executor, no deadline, a deadline unparsed or ill
 * ordered).
 *
 * <p>The activities are read from the roadmap once per validation, by the first rule that asks ({@link #of}), into
 * flat arrays, and the facts of the rules that {@link Memo#runs run} in the validation are found in that one pass, so
 * that a large roadmap is walked once for all of them and each rule then looks only at the activities of its fact. A
 * fact of a rule the memo did not know runs is found when the rule asks for it ({@link #of(RuleContext, Fact)}), in a
 * pass of its own: a deadline is read from its words on first use, so a validation without deadline rules does not
 * read them.
 */
final class ActivityFacts {

    /** What a small activity rule asks of each activity. */
    enum Fact {
        /** {@link #hasNoResult}: for {@code activity.no-result}. */
        NO_RESULT("activity.no-result"),
        /** {@link #hasNoExecutor}: for {@code activity.no-executor}. */
        NO_EXECUTOR("activity.no-executor"),
        /** {@link #hasNoDeadline}: for {@code activity.no-deadline}. */
        NO_DEADLINE("activity.no-deadline"),
        /** {@link #isUnparsed}: for {@code deadline.unparsed}. */
        UNPARSED("deadline.unparsed"),
        /** {@link #isIllOrdered}: for {@code deadline.ill-ordered}. */
        ILL_ORDERED("deadline.ill-ordered");

        /** The code of the rule that uses the fact. */
        final String rule;

        final int bit = 1 << ordinal();

        Fact(String rule) {
            this.rule = rule;
        }
    }

    private static final Fact[] FACTS = Fact.values();

    /** The bits of the facts read from an activity's deadline. */
    private static final int DEADLINE_FACTS = Fact.NO_DEADLINE.bit | Fact.UNPARSED.bit | Fact.ILL_ORDERED.bit;

    private final Activity[] activities;
    private final int[] sections;
    private final int[] indices;
    /** For each activity, the bits of the {@link Fact facts} that hold for it, among those {@link #found}. */
    private final byte[] facts;

    /** The bits of the facts found for every activity. */
    private int found;

    private ActivityFacts(Roadmap roadmap, int wanted) {
        List<Section> list = roadmap.sections();
        int size = 0;
        for (int s = 0; s < list.size(); s++) {
            size += list.get(s).activities().size();
        }
        this.activities = new Activity[size];
        this.sections = new int[size];
        this.indices = new int[size];
        this.facts = new byte[size];
        this.found = wanted;
        int i = 0;
        for (int s = 0; s < list.size(); s++) {
            List<Activity> inSection = list.get(s).activities();
            for (int a = 0; a < inSection.size(); a++) {
                Activity activity = inSection.get(a);
                activities[i] = activity;
                sections[i] = s;
                indices[i] = a;
                if (wanted != 0) {
                    facts[i] = (byte) facts(activity, wanted);
                }
                i++;
            }
        }
    }

    /**
     * Returns the activities of the roadmap of a rule's context, read once per validation with the facts of the rules
     * that {@link Memo#runs run} in it.
     *
     * @param context the rule's context
     * @return the activities
     */
    static ActivityFacts of(RuleContext context) {
        Memo memo = Memo.of(context);
        return memo.get(ActivityFacts.class, () -> new ActivityFacts(context.roadmap(), wanted(memo)));
    }

    /**
     * Returns the activities of the roadmap of a rule's context, as {@link #of(RuleContext)}, with a fact found for
     * each.
     *
     * @param context the rule's context
     * @param fact the fact the rule needs
     * @return the activities
     */
    static ActivityFacts of(RuleContext context, Fact fact) {
        ActivityFacts facts = of(context);
        if ((facts.found & fact.bit) == 0) {
            // the memo did not know that the rule would run: the fact is found now, in a pass of its own
            for (int i = 0; i < facts.activities.length; i++) {
                facts.facts[i] |= (byte) facts(facts.activities[i], fact.bit);
            }
            facts.found |= fact.bit;
        }
        return facts;
    }

    /** Returns the bits of the facts of the rules known to run in a validation. */
    private static int wanted(Memo memo) {
        int wanted = 0;
        for (Fact f : FACTS) {
            if (memo.runs(f.rule)) {
                wanted |= f.bit;
            }
        }
        return wanted;
    }

    /**
     * Finds facts of an activity; its deadline is read only for a fact of the deadline.
     *
     * @param activity the activity
     * @param wanted the bits of the facts to find
     * @return the bits of those that hold
     */
    static int facts(Activity activity, int wanted) {
        int holds = 0;
        if ((wanted & Fact.NO_RESULT.bit) != 0 && hasNoResult(activity)) {
            holds |= Fact.NO_RESULT.bit;
        }
        if ((wanted & Fact.NO_EXECUTOR.bit) != 0 && hasNoExecutor(activity)) {
            holds |= Fact.NO_EXECUTOR.bit;
        }
        if ((wanted & DEADLINE_FACTS) != 0) {
            Deadline d = activity.deadline().orElse(null);
            if ((wanted & Fact.NO_DEADLINE.bit) != 0 && hasNoDeadline(d)) {
                holds |= Fact.NO_DEADLINE.bit;
            }
            if ((wanted & Fact.UNPARSED.bit) != 0 && isUnparsed(d)) {
                holds |= Fact.UNPARSED.bit;
            }
            if ((wanted & Fact.ILL_ORDERED.bit) != 0 && isIllOrdered(d)) {
                holds |= Fact.ILL_ORDERED.bit;
            }
        }
        return holds;
    }

    /**
     * Tells whether no result of an activity is written: the list is empty or every text is blank.
     *
     * @param activity the activity
     * @return whether its expected result cell is empty
     */
    static boolean hasNoResult(Activity activity) {
        List<ExpectedResult> results = activity.results();
        for (int i = 0; i < results.size(); i++) {
            if (!Texts.isBlank(results.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether no executor of an activity is named: the list is empty or every name is blank.
     *
     * @param activity the activity
     * @return whether its executor cell is empty
     */
    static boolean hasNoExecutor(Activity activity) {
        List<Executor> executors = activity.executors();
        for (int i = 0; i < executors.size(); i++) {
            if (!Texts.isBlank(executors.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether a deadline cell is empty: no deadline, or unparsed words that are only white space.
     *
     * @param deadline an activity's deadline, or null when it has none
     * @return whether the cell is empty
     */
    static boolean hasNoDeadline(Deadline deadline) {
        return deadline == null || isBlankUnparsed(deadline);
    }

    /**
     * Tells whether a deadline has words no rule understands, in whole or in part; an empty cell is not.
     *
     * @param deadline an activity's deadline, or null when it has none
     * @return whether the deadline is there and not all parsed
     */
    static boolean isUnparsed(Deadline deadline) {
        return deadline != null && !deadline.isParsed() && !isBlankUnparsed(deadline);
    }

    /**
     * Tells whether a deadline has a span that ends before it starts.
     *
     * @param deadline an activity's deadline, or null when it has none
     * @return whether the deadline is there and not well ordered
     */
    static boolean isIllOrdered(Deadline deadline) {
        return deadline != null && !deadline.isWellOrdered();
    }

    private static boolean isBlankUnparsed(Deadline deadline) {
        return deadline instanceof Deadline.Unparsed && deadline.text().isBlank();
    }

    /**
     * Tells whether a fact holds for an activity. The fact is found for every activity when the activities are given
     * to its rule by {@link #of(RuleContext, Fact)}.
     *
     * @param i the activity's number in the document
     * @param fact the fact
     * @return whether it holds
     */
    boolean holds(int i, Fact fact) {
        return (facts[i] & fact.bit) != 0;
    }

    /**
     * Returns the number of activities.
     *
     * @return the number
     */
    int size() {
        return activities.length;
    }

    /**
     * Returns an activity.
     *
     * @param i the activity's number in the document, from 0
     * @return the activity
     */
    Activity activity(int i) {
        return activities[i];
    }

    /**
     * Returns the index of an activity's section.
     *
     * @param i the activity's number in the document
     * @return the section's index
     */
    int section(int i) {
        return sections[i];
    }

    /**
     * Returns the index of an activity in its section.
     *
     * @param i the activity's number in the document
     * @return the index
     */
    int index(int i) {
        return indices[i];
    }
}
