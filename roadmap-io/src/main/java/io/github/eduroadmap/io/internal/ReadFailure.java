package io.github.eduroadmap.io.internal;

import tools.jackson.core.TokenStreamLocation;

/**
 * A problem found while reading, before the source name and the line and column are known: the codec throws it and
 * the caller turns it into a {@link io.github.eduroadmap.io.RoadmapReadException}.
 */
public final class ReadFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Where the problem is, as the parser reported it; null when {@link #line} is set instead. */
    public final transient TokenStreamLocation location;

    /**
     * The line, 1-based, when known without a parser location; 0 with a null {@link #location} when the problem lies
     * in the value at {@link #pointer}, whose place is found only if the problem is reported.
     */
    public final int line;

    /** The column, 1-based, when {@link #line} is set. */
    public final int column;

    /** The JSON Pointer of the value at fault, or null to take it from the parser. */
    public final String pointer;

    /** What is wrong. */
    public final String problem;

    /** What was expected, without the word "expected". */
    public final String expected;

    /**
     * Creates a failure at a parser location.
     *
     * @param location where, as the parser reports it
     * @param pointer the JSON Pointer, or null to take it from the parser
     * @param problem what is wrong
     * @param expected what was expected
     */
    public ReadFailure(TokenStreamLocation location, String pointer, String problem, String expected) {
        super(problem, null, false, false);
        this.location = location;
        this.line = 0;
        this.column = 0;
        this.pointer = pointer;
        this.problem = problem;
        this.expected = expected;
    }

    /**
     * Creates a failure at a known line and column.
     *
     * @param line the line, 1-based
     * @param column the column, 1-based
     * @param pointer the JSON Pointer, or null to take it from the parser
     * @param problem what is wrong
     * @param expected what was expected
     */
    public ReadFailure(int line, int column, String pointer, String problem, String expected) {
        super(problem, null, false, false);
        this.location = null;
        this.line = line;
        this.column = column;
        this.pointer = pointer;
        this.problem = problem;
        this.expected = expected;
    }

    /**
     * Creates a failure in the value at a pointer, to be located only when reported: reading keeps no locations.
     *
     * @param pointer the JSON Pointer of the value
     * @param problem what is wrong
     * @param expected what was expected
     * @return the failure
     */
    public static ReadFailure at(String pointer, String problem, String expected) {
        return new ReadFailure(0, 0, pointer, problem, expected);
    }

    /**
     * Tells whether this failure must be located by its pointer.
     *
     * @return true for failures made by {@link #at}
     */
    public boolean locatedByPointer() {
        return location == null && line == 0;
    }
}
