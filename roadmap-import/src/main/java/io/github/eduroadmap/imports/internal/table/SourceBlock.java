package io.github.eduroadmap.imports.internal.table;

import java.util.List;
import java.util.Objects;

/**
 * A block of a source document, in document order: a {@link Paragraph} of text around tables, or a {@link Grid}.
 */
public sealed interface SourceBlock permits SourceBlock.Paragraph, SourceBlock.Grid {

    /**
     * Returns the 1-based source row the block starts at.
     *
     * @return the row
     */
    int row();

    /**
     * A paragraph of text outside tables.
     *
     * @param row the 1-based source row (line) it starts at
     * @param text the text; line breaks of a multi-line paragraph kept as {@code \n}
     */
    record Paragraph(int row, String text) implements SourceBlock {
        /**
         * Checks the text.
         *
         * @throws NullPointerException if {@code text} is null
         */
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A table: its rows in order.
     *
     * @param row the 1-based source row of its first row
     * @param rows the rows
     */
    record Grid(int row, List<Row> rows) implements SourceBlock {
        /**
         * Copies the rows.
         *
         * @throws NullPointerException if a row is null
         */
        public Grid {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One row of a table.
     *
     * @param row the 1-based source row: line of a text file, row of a sheet, row of a Word table
     * @param cells the cells, left to right
     */
    record Row(int row, List<SourceCell> cells) {
        /**
         * Copies the cells.
         *
         * @throws NullPointerException if a cell is null
         */
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
