package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.validation.Rule;
import java.util.List;

/** The built-in rules of the structure group; their messages are in the bundle {@link #BUNDLE}. */
public final class StructureRules {

    /** The base name of this group's message bundle. */
    public static final String BUNDLE = "io.github.eduroadmap.validation.internal.rules.StructureMessages";

    private StructureRules() {}

    /**
     * Returns the rules of this group.
     *
     * @return the rules, in the order they run
     */
    public static List<Rule> all() {
        return List.of(
                new NumberingGapRule(),
                new NumberingDuplicateRule(),
                new NumberingMissingRule(),
                new NumberingStyleRule(),
                new ActivityNoExecutorRule(),
                new ActivityNoResultRule(),
                new ResultIsExecutorListRule(),
                new ObjectiveNoActivityRule(),
                new ObjectiveUnknownRule(),
                new ExecutorUnknownOrganisationRule(),
                new AbbreviationUndefinedRule(),
                new ParticipantSpellingRule(),
                new ApprovalPlaceholderRule(),
                new TextUnbalancedQuotesRule());
    }
}
