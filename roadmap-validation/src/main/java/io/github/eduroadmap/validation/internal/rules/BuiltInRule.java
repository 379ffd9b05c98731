package io.github.eduroadmap.validation.internal.rules;

import io.github.eduroadmap.validation.Rule;
import io.github.eduroadmap.validation.Severity;
import java.util.List;
import java.util.Objects;

/**
 * A rule built into eduroadmap: its code, default severity, message bundle and the variants of its message, so that
 * a test can check that every message exists in both languages and that no message is unused.
 */
public abstract class BuiltInRule implements Rule {

    private final String code;
    private final Severity severity;
    private final String bundle;
    private final List<String> variants;

    /**
     * Creates the rule.
     *
     * @param code the stable code
     * @param severity the default severity
     * @param bundle the base name of the group's message bundle
     * @param variants the variants of the message besides the plain {@code <code>} key, e.g. {@code suggestion}
     */
    protected BuiltInRule(String code, Severity severity, String bundle, String... variants) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.bundle = Objects.requireNonNull(bundle, "bundle");
        this.variants = List.of(variants);
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final String messageBundle() {
        return bundle;
    }

    /**
     * Returns the variants of this rule's message; every one has the key {@code <code>.<variant>}.
     *
     * @return the variants, possibly none
     */
    public final List<String> variants() {
        return variants;
    }

    @Override
    public String toString() {
        return code;
    }
}
