package io.github.eduroadmap.imports;

import java.util.Objects;
import java.util.Optional;

/**
 * Something an importer could not understand with certainty, and where it stands in the source: "row 57: a cell
 * continued over a page break was joined to the activity above".
 *
 * @param source the source's name, e.g. the file name
 * @param row the 1-based row of the source: the line of a text file, the row of a sheet, the row of a Word table
 * @param column the 1-based column, when the warning is about one cell
 * @param code a stable code, e.g. {@code import.unknown-row}
 * @param message what happened and what was done with the row, in English
 */
public record ImportWarning(String source, int row, Optional<Integer> column, String code, String message) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public ImportWarning {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the warning as one line: {@code <source>:<row>[:<column>] [<code>] <message>}.
     *
     * @return the line
     */
    @Override
    public String toString() {
        return source + ":" + row + column.map(c -> ":" + c).orElse("") + " [" + code + "] " + message;
    }
}
