package io.github.eduroadmap.imports.internal.table;

import io.github.eduroadmap.imports.ImportWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the rows of a sheet-like source (CSV, a sheet of a workbook) into paragraphs and a grid, and keeps a header
 * row repeated after a page break once.
 *
 * <p>The grid starts at the first row with two or more non-empty cells (the header) and ends at the last such row,
 * together with the one-cell rows (section rows) that follow it directly; one-cell rows before the grid, and every
 * row after an empty row below the grid, are paragraphs. Where the source can merge cells (a sheet), a one-cell row
 * directly under the table stays in the grid only when its cell is merged across columns, as a section row is;
 * a signature line typed in one cell under the table is a paragraph. Empty rows carry no words and are left out. Grid rows are
 * brought to the grid's width with empty cells.
 */
public final class TableShape {

    private TableShape() {}

    /**
     * A row as a reader found it.
     *
     * @param row the 1-based source row
     * @param cells the cells, left to right
     * @param afterBlank whether an empty row (or a gap in the row numbers) lies between this row and the previous one
     */
    public record RawRow(int row, List<SourceCell> cells, boolean afterBlank) {
        /**
         * Copies the cells.
         *
         * @throws NullPointerException if a cell is null
         */
        public RawRow {
            cells = List.copyOf(cells);
        }

        int filled() {
            int n = 0;
            for (SourceCell c : cells) {
                if (!c.text().isBlank()) {
                    n++;
                }
            }
            return n;
        }

        /** The grid column just after the last non-empty cell, counting spans. */
        int usedWidth() {
            int column = 0;
            int used = 0;
            for (SourceCell c : cells) {
                column += c.span();
                if (!c.text().isBlank()) {
                    used = column;
                }
            }
            return used;
        }

        Optional<String> onlyText() {
            for (SourceCell c : cells) {
                if (!c.text().isBlank()) {
                    return Optional.of(c.text());
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Shapes the rows.
     *
     * @param source the source's name, for notes
     * @param rows the non-empty rows in order (rows without any text are left out by the reader and marked by
     *     {@link RawRow#afterBlank()} on the next row)
     * @param headerRows the source rows the source itself marks as the header (print titles of a sheet); empty to
     *     take the grid's first row (and a row of column numbers under it)
     * @param mergesCells whether the source can merge cells (a sheet can, CSV cannot)
     * @param blocks where the paragraphs and the grid go
     * @param notes where the notes go
     */
    public static void shape(
            String source,
            List<RawRow> rows,
            Set<Integer> headerRows,
            boolean mergesCells,
            List<SourceBlock> blocks,
            List<ImportWarning> notes) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).filled() >= 2) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            for (RawRow r : rows) {
                r.onlyText().ifPresent(t -> blocks.add(new SourceBlock.Paragraph(r.row(), t)));
            }
            return;
        }
        int end = last;
        while (end + 1 < rows.size()
                && !rows.get(end + 1).afterBlank()
                && (!mergesCells || rows.get(end + 1).cells().stream().anyMatch(c -> c.span() > 1))) {
            end++;
        }
        for (int i = 0; i < first; i++) {
            RawRow r = rows.get(i);
            r.onlyText().ifPresent(t -> blocks.add(new SourceBlock.Paragraph(r.row(), t)));
        }
        int width = 0;
        for (int i = first; i <= end; i++) {
            width = Math.max(width, rows.get(i).usedWidth());
        }
        List<SourceBlock.Row> grid = new ArrayList<>();
        for (int i = first; i <= end; i++) {
            grid.add(fit(rows.get(i), width));
        }
        blocks.add(new SourceBlock.Grid(grid.get(0).row(), keepHeaderOnce(source, grid, headerRows, notes)));
        for (int i = end + 1; i < rows.size(); i++) {
            RawRow r = rows.get(i);
            r.onlyText().ifPresent(t -> blocks.add(new SourceBlock.Paragraph(r.row(), t)));
        }
    }

    private static SourceBlock.Row fit(RawRow raw, int width) {
        List<SourceCell> cells = new ArrayList<>();
        int column = 0;
        for (SourceCell c : raw.cells()) {
            if (column >= width) {
                break;
            }
            int span = Math.min(c.span(), width - column);
            cells.add(span == c.span() ? c : new SourceCell(c.text(), span, c.mergedFromAbove()));
            column += span;
        }
        while (column < width) {
            cells.add(SourceCell.of(""));
            column++;
        }
        return new SourceBlock.Row(raw.row(), cells);
    }

    /**
     * Leaves out the rows of a grid that repeat a header row, as a table printed over several pages repeats its header
     * (or its row of column numbers) after each page break, and says so.
     *
     * @param source the source's name, for notes
     * @param grid the rows
     * @param marked the source rows marked as the header; empty to take the first row and a row of column numbers
     *     under it
     * @param notes where the notes go
     * @return the rows without the repeats
     */
    public static List<SourceBlock.Row> keepHeaderOnce(
            String source, List<SourceBlock.Row> grid, Set<Integer> marked, List<ImportWarning> notes) {
        List<SourceBlock.Row> header = new ArrayList<>();
        int i = 0;
        if (!marked.isEmpty()) {
            while (i < grid.size() && marked.contains(grid.get(i).row())) {
                header.add(grid.get(i++));
            }
        }
        if (header.isEmpty() && !grid.isEmpty()) {
            header.add(grid.get(i++));
            if (i < grid.size() && isColumnNumbers(grid.get(i))) {
                header.add(grid.get(i++));
            }
        }
        List<SourceBlock.Row> kept = new ArrayList<>(header);
        for (; i < grid.size(); i++) {
            SourceBlock.Row row = grid.get(i);
            Optional<SourceBlock.Row> repeated = header.stream()
                    .filter(h -> filled(h) >= 2 && h.cells().equals(row.cells()))
                    .findFirst();
            if (repeated.isPresent()) {
                notes.add(new ImportWarning(
                        source,
                        row.row(),
                        Optional.empty(),
                        "import.repeated-header",
                        "the row repeats the header row " + repeated.get().row()
                                + " (as after a page break); it is kept once, at row "
                                + repeated.get().row()));
            } else {
                kept.add(row);
            }
        }
        return kept;
    }

    /**
     * Turns the line breaks of a text into {@code \n}.
     *
     * @param text the text
     * @return the text with CRLF and CR replaced by LF
     */
    public static String normaliseLineBreaks(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * Tells whether a row numbers the columns under a header: "1 2 3 4 5".
     *
     * @param row the row
     * @return true when its non-empty cells are 1, 2, 3 ... (at least two)
     */
    public static boolean isColumnNumbers(SourceBlock.Row row) {
        int expected = 1;
        for (SourceCell c : row.cells()) {
            String t = c.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (!t.equals(Integer.toString(expected)) && !t.equals(expected + ".")) {
                return false;
            }
            expected++;
        }
        return expected > 2;
    }

    private static int filled(SourceBlock.Row row) {
        int n = 0;
        for (SourceCell c : row.cells()) {
            if (!c.text().isBlank()) {
                n++;
            }
        }
        return n;
    }
}
