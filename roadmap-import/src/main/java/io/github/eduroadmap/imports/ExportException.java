package io.github.eduroadmap.imports;

/**
 * A roadmap that cannot be written in the format asked for: a character the encoding has no byte for (a "≥" in
 * Windows-1251), or an output that cannot be written.
 */
public class ExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what cannot be written and where
     */
    public ExportException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what cannot be written and where
     * @param cause the underlying failure
     */
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
