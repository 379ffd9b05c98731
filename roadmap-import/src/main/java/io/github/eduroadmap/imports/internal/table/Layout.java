package io.github.eduroadmap.imports.internal.table;

import java.util.ArrayList;
import java.util.List;

/**
 * What the writers need to know of a grid: its width, its header rows, its section rows, and how wide each column
 * wants to be.
 */
public final class Layout {

    private Layout() {}

    /**
     * Returns the grid's width: the most columns a row covers, counting spans.
     *
     * @param grid the grid
     * @return the width, at least 1
     */
    public static int width(SourceBlock.Grid grid) {
        int width = 1;
        for (SourceBlock.Row row : grid.rows()) {
            int w = 0;
            for (SourceCell c : row.cells()) {
                w += c.span();
            }
            width = Math.max(width, w);
        }
        return width;
    }

    /**
     * Returns how many rows at the top of a grid are its header: the first row, and a row of column numbers under it.
     *
     * @param grid the grid
     * @return 0 for an empty grid, else 1 or 2
     */
    public static int headerRows(SourceBlock.Grid grid) {
        if (grid.rows().isEmpty()) {
            return 0;
        }
        return grid.rows().size() > 1 && TableShape.isColumnNumbers(grid.rows().get(1)) ? 2 : 1;
    }

    /**
     * Tells whether a row is a section row: its first cell spans several columns and the cells after it, if any, are
     * empty.
     *
     * @param row the row
     * @param width the grid's width
     * @return true for a section row
     */
    public static boolean isSection(SourceBlock.Row row, int width) {
        if (width < 2 || row.cells().isEmpty() || row.cells().get(0).span() < 2) {
            return false;
        }
        for (SourceCell c : row.cells().subList(1, row.cells().size())) {
            if (!c.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the cells of a row by grid column: each cell at the column it starts in, null where a span covers.
     *
     * @param row the row
     * @param width the grid's width
     * @return {@code width} entries
     */
    public static List<SourceCell> byColumn(SourceBlock.Row row, int width) {
        List<SourceCell> columns = new ArrayList<>(width);
        for (SourceCell c : row.cells()) {
            columns.add(c);
            for (int i = 1; i < c.span(); i++) {
                columns.add(null);
            }
        }
        while (columns.size() < width) {
            columns.add(null);
        }
        return columns.subList(0, width);
    }

    /**
     * Returns how many characters wide each column wants to be: its longest line, between {@code min} and
     * {@code max}, and never narrower than its longest word (up to {@code max / 2}), so that a label does not break
     * inside a word; cells spanning several columns are not counted.
     *
     * @param grid the grid
     * @param width the grid's width
     * @param min the narrowest
     * @param max the widest
     * @return the widths in characters
     */
    public static int[] columnChars(SourceBlock.Grid grid, int width, int min, int max) {
        int[] chars = new int[width];
        java.util.Arrays.fill(chars, min);
        for (SourceBlock.Row row : grid.rows()) {
            int column = 0;
            for (SourceCell c : row.cells()) {
                if (c.span() == 1 && column < width) {
                    for (String line : c.text().split("\n", -1)) {
                        chars[column] = Math.max(chars[column], Math.min(max, line.length()));
                        for (String word : line.split("\\s+")) {
                            chars[column] = Math.max(chars[column], Math.min(max / 2, word.length()));
                        }
                    }
                }
                column += c.span();
            }
        }
        return chars;
    }

    /**
     * Returns the longest word of each column, in characters (cells spanning several columns not counted).
     *
     * @param grid the grid
     * @param width the grid's width
     * @param cap the most to count for one word
     * @return the lengths
     */
    public static int[] longestWords(SourceBlock.Grid grid, int width, int cap) {
        int[] words = new int[width];
        for (SourceBlock.Row row : grid.rows()) {
            int column = 0;
            for (SourceCell c : row.cells()) {
                if (c.span() == 1 && column < width) {
                    for (String word : c.text().split("\\s+")) {
                        words[column] = Math.max(words[column], Math.min(cap, word.length()));
                    }
                }
                column += c.span();
            }
        }
        return words;
    }

    /**
     * Estimates the lines a text takes in a column so many characters wide.
     *
     * @param text the text
     * @param chars the column's width in characters
     * @return at least 1
     */
    public static int lines(String text, int chars) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (line.length() + chars - 1) / Math.max(1, chars));
        }
        return Math.max(1, lines);
    }
}
