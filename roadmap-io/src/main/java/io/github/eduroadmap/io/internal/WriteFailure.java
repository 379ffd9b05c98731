package io.github.eduroadmap.io.internal;

/** A value that cannot be written; the caller turns it into a {@code RoadmapWriteException}. */
public final class WriteFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The JSON Pointer of the value. */
    public final String pointer;

    /** What is wrong. */
    public final String problem;

    /** What can be written, without the word "expected". */
    public final String expected;

    WriteFailure(String pointer, String problem, String expected) {
        super(problem, null, false, false);
        this.pointer = pointer;
        this.problem = problem;
        this.expected = expected;
    }
}
