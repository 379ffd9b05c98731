package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.validation.Rule;
import java.util.List;

/**
 * The built-in rules of the coverage group; their messages are in the bundle {@link #BUNDLE}.
 *
 * <p>{@code percent.out-of-range} belongs to the group but has no rule here: Bean Validation's {@code @Percentage}
 * checks every percentage (targets in percent, shares, measurements in percent) at the pointers a rule would use.
 */
public final class CoverageRules {

    /** The base name of this group's message bundle. */
    public static final String BUNDLE = "io.github.eduroadmap.validation.internal.rules.CoverageMessages";

    private CoverageRules() {}

    /**
     * Returns the rules of this group.
     *
     * @return the rules, in the order they run
     */
    public static List<Rule> all() {
        return List.of(new CoverageNotFull(), new CoverageBelowTarget(), new SharesSum(), new SharesCount());
    }
}
