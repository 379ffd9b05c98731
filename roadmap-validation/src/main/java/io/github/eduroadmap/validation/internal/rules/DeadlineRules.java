package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.validation.Rule;
import java.util.List;

/** The built-in rules of the deadline group; their messages are in the bundle {@link #BUNDLE}. */
public final class DeadlineRules {

    /** The base name of this group's message bundle. */
    public static final String BUNDLE = "io.github.eduroadmap.validation.internal.rules.DeadlineMessages";

    private DeadlineRules() {}

    /**
     * Returns the rules of this group.
     *
     * @return the rules, in the order they run
     */
    public static List<Rule> all() {
        return List.of(
                new DeadlineUnparsed(),
                new DeadlineIllOrdered(),
                new DeadlineOutsidePeriod(),
                new ActivityOverdue(),
                new DeadlineChronology(),
                new ActivityNoDeadline());
    }
}
