package io.github.eduroadmap.io.internal;

import tools.jackson.core.exc.StreamConstraintsException;

/** A {@link io.github.eduroadmap.io.ReadLimits limit} exceeded, found by the parser itself. */
public final class LimitExceeded extends StreamConstraintsException {

    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public final String problem;

    /** What was expected, without the word "expected". */
    public final String expected;

    LimitExceeded(String problem, String expected) {
        super(problem);
        this.problem = problem;
        this.expected = expected;
    }
}
