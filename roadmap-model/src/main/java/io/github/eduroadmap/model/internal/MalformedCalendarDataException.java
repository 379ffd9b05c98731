package io.github.eduroadmap.model.internal;

/**
 * Production calendar data that cannot be read: the message says where ({@code <source>:<line>: <what>; <expected>}).
 *
 * <p>The shipped data is checked by the build, so this is a packaging error, never the caller's fault.
 */
public final class MalformedCalendarDataException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The name of the data. */
    private final String source;

    /** The 1-based line number, or 0. */
    private final int line;

    /**
     * Creates the exception.
     *
     * @param source the name of the data, e.g. the resource name
     * @param line the 1-based line number, or 0 when the fault lies with the text as a whole
     * @param message what is wrong and what was expected
     */
    public MalformedCalendarDataException(String source, int line, String message) {
        super(line > 0 ? source + ":" + line + ": " + message : source + ": " + message);
        this.source = source;
        this.line = line;
    }

    /**
     * Returns the name of the data.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * Returns the line at fault.
     *
     * @return the 1-based line number, or 0 when the fault lies with the text as a whole
     */
    public int line() {
        return line;
    }
}
