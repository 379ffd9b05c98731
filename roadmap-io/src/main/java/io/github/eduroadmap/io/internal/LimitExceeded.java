package io.github.eduroadmap.io.internal;

import tools.jackson.core.exc.StreamConstraintsException;

/** A read limit exceeded, found by the parser itself. */
public final class LimitExceeded extends StreamConstraintsException {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public final String problem;

    /** What was expected, without the word "expected". */
    public final String expected;

    /** Whether the limit was exceeded by a field name, before the parser knew the name. */
    public final boolean name;

    LimitExceeded(String problem, String expected) {
        this(problem, expected, false);
    }

    LimitExceeded(String problem, String expected, boolean name) {
        super(problem);
        this.problem = problem;
        this.expected = expected;
        this.name = name;
    }
}
