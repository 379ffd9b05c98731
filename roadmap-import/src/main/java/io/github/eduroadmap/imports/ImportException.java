package io.github.eduroadmap.imports;

/**
 * A source that cannot be read as a table at all: not a CSV, a broken .xlsx, a .docx without a table, an encoding
 * that does not decode. Rows that are merely hard to understand are {@link ImportWarning warnings}, not this.
 */
public class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what cannot be read and where: {@code <source>[:<row>]: <problem>; <expected>}
     */
    public ImportException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what cannot be read and where
     * @param cause the underlying failure
     */
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
