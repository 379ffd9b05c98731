package io.github.eduroadmap.imports.internal.table;

import java.util.Objects;

/**
 * One cell of a source table as a reader found it.
 *
 * @param text the cell's text; line breaks inside a cell are kept as {@code \n}
 * @param span how many grid columns the cell covers (horizontal merge), at least 1
 * @param mergedFromAbove whether the cell continues a vertically merged cell of the row above (its text is then
 *     empty)
 */
public record SourceCell(String text, int span, boolean mergedFromAbove) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code span} is below 1
     */
    public SourceCell {
        Objects.requireNonNull(text, "text");
        if (span < 1) {
            throw new IllegalArgumentException("a cell spans at least one column, got " + span);
        }
    }

    /**
     * Returns a plain cell.
     *
     * @param text the text
     * @return the cell
     */
    public static SourceCell of(String text) {
        return new SourceCell(text, 1, false);
    }
}
