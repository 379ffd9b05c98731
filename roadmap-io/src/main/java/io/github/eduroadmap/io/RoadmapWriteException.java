package io.github.eduroadmap.io;

import io.github.eduroadmap.io.internal.WriteFailure;
import java.util.Objects;

/**
 * A value that cannot be written in the file format, e.g. a date in the year 10000: {@code
 * /sections/0/activities/2/deadline/date: the date +10000-01-01 cannot be written; expected a year from 0000 to
 * 9999}.
 *
 * <p>Failures of the output itself (a full disk, a closed stream) are {@link java.io.UncheckedIOException}s.
 */
public final class RoadmapWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The JSON Pointer. */
    private final String pointer;

    /** What is wrong. */
    private final String problem;

    /** What can be written. */
    private final String expected;

    /**
     * Creates the exception.
     *
     * @param pointer the JSON Pointer of the value at fault
     * @param problem what is wrong
     * @param expected what can be written, without the word "expected"
     */
    public RoadmapWriteException(String pointer, String problem, String expected) {
        super((pointer.isEmpty() ? "" : pointer + ": ") + problem + "; expected " + expected);
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.expected = Objects.requireNonNull(expected, "expected");
    }

    static RoadmapWriteException of(WriteFailure f) {
        return new RoadmapWriteException(f.pointer, f.problem, f.expected);
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the value that cannot be written.
     *
     * @return the pointer into the document being written
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns what is wrong.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }

    /**
     * Returns what can be written, without the word "expected".
     *
     * @return the expectation
     */
    public String expected() {
        return expected;
    }
}
