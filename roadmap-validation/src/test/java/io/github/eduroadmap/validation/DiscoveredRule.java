package io.github.eduroadmap.validation;

import java.util.Map;

/**
 * A rule registered through {@code META-INF/services/io.github.eduroadmap.validation.Rule} of the test resources, as
 * a user would register one. It speaks only of roadmaps whose title asks for it, so that other tests do not hear it.
 */
public final class DiscoveredRule implements Rule {

    /** The words of a title that make this rule report. */
    public static final String MARKER = "[ServiceLoader]";

    /** Creates the rule; {@link java.util.ServiceLoader} calls this. */
    public DiscoveredRule() {}

    @Override
    public String code() {
        return "acme.discovered";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public void check(RuleContext context) {
        if (context.roadmap().title().contains(MARKER)) {
            context.report(Pointer.root().add("title"), Map.of("asOf", context.asOf()));
        }
    }
}
