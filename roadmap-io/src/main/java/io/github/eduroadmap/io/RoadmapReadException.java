package io.github.eduroadmap.io;

import io.github.eduroadmap.io.internal.Located;
import java.util.Objects;

/**
 * A document that cannot be read: malformed JSON or YAML, a value of the wrong type, an unknown field in strict mode,
 * a missing required field, input past a {@link ReadLimits limit}.
 *
 * <p>The message says where and what, in the form {@code <source>:<line>:<column> <pointer>: <problem>; expected
 * <expected>}:
 *
 * <pre>
 * mikhailovsky-2022.yaml:14:19 /sections/1/activities/3/level: "regionl" is not a level; expected one of federal, regional, municipal, school
 * </pre>
 *
 * <p>The pointer is a JSON Pointer (RFC 6901) to the value at fault, with the field names of the format; when the
 * fault is the document as a whole its pointer is empty and the message reads {@code <source>:<line>:<column>:
 * <problem>; expected <expected>}. Lines and columns count from 1; columns count characters (Unicode code points),
 * not bytes.
 */
public final class RoadmapReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The source name. */
    private final String source;

    /** The line, from 1. */
    private final int line;

    /** The column, from 1. */
    private final int column;

    /** The JSON Pointer. */
    private final String pointer;

    /** What is wrong. */
    private final String problem;

    /** What was expected. */
    private final String expected;

    /**
     * Creates the exception.
     *
     * @param source the name of the source: a file name, or {@code <string>}
     * @param line the line, from 1
     * @param column the column, from 1
     * @param pointer the JSON Pointer of the value at fault, empty for the whole document
     * @param problem what is wrong, e.g. {@code "regionl" is not a level}
     * @param expected what was expected, without the word "expected", e.g. {@code one of federal, regional}
     */
    public RoadmapReadException(String source, int line, int column, String pointer, String problem, String expected) {
        super(message(source, line, column, pointer, problem, expected));
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.column = column;
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.expected = Objects.requireNonNull(expected, "expected");
    }

    static RoadmapReadException of(String source, Located at) {
        return new RoadmapReadException(source, at.line(), at.column(), at.pointer(), at.problem(), at.expected());
    }

    private static String message(
            String source, int line, int column, String pointer, String problem, String expected) {
        StringBuilder b = new StringBuilder()
                .append(source)
                .append(':')
                .append(line)
                .append(':')
                .append(column);
        if (pointer.isEmpty()) {
            b.append(':');
        } else {
            b.append(' ').append(pointer).append(':');
        }
        return b.append(' ')
                .append(problem)
                .append("; expected ")
                .append(expected)
                .toString();
    }

    /**
     * Returns the name of the source read.
     *
     * @return a file name as given, or {@code <string>}
     */
    public String source() {
        return source;
    }

    /**
     * Returns the line of the fault.
     *
     * @return the line, from 1
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the fault.
     *
     * @return the column in characters, from 1
     */
    public int column() {
        return column;
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the value at fault.
     *
     * @return e.g. {@code /sections/1/activities/3/deadline}; empty for the document as a whole
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns what is wrong.
     *
     * @return e.g. {@code "regionl" is not a level}
     */
    public String problem() {
        return problem;
    }

    /**
     * Returns what was expected, without the word "expected".
     *
     * @return e.g. {@code one of federal, regional, municipal, school}
     */
    public String expected() {
        return expected;
    }
}
