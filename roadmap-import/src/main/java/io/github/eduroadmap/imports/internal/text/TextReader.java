package io.github.eduroadmap.imports.internal.text;

import io.github.eduroadmap.imports.ImportOptions;
import io.github.eduroadmap.imports.ImportWarning;
import io.github.eduroadmap.imports.internal.interpret.Columns;
import io.github.eduroadmap.imports.internal.interpret.SectionHeading;
import io.github.eduroadmap.imports.internal.table.FormatReader;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceCell;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads plain text extracted from a document with a table: Word's "save as text", PDF text, OCR.
 *
 * <p>Three layouts are told apart by how the text uses tabs ({@link #detect(List)}):
 *
 * <ul>
 *   <li>{@link Layout#TAB_ROWS}: one table row per line, cells separated by tabs (seeds 000 and 001). A line with
 *       two or more tabs is a row; a line with one tab is a row when it stands next to other rows. Lines without
 *       tabs between rows are paragraphs, which ends one grid and starts another after them.
 *   <li>{@link Layout#CELL_PER_LINE}: a line beginning with a tab starts a cell; the lines after it without a tab
 *       continue it (seeds 003 and 004). Wrapped lines are joined with a space (a line ending in a hyphen after a
 *       letter is joined to a next line in lower case without one); a whitespace-only line, and a line beginning
 *       with a list mark ("-", "–", "•", "·") after a line ending in ":" or ";" or after another list item, break
 *       the cell's text with {@code \n}; tabs inside a line are spaces.
 *       When the text marks the first line of a PDF page with a leading space (some line begins with a space and a
 *       tab), such a line starts a new cell, or continues the cell before when it begins in lower case (a cell cut
 *       by the page break, noted as {@code import.page-break-joined}). Rows are rebuilt from the cells: a cell
 *       holding only a number ("1.", "1.1") starts a row, the row width is the most common distance between such
 *       cells, the header is the run of heading cells before the first row, cells before the header are paragraphs,
 *       a lone text cell between rows is a section row, and a row short of its number cell gets an empty one. An
 *       empty line followed by a line without a tab after a cell with text ends the table: the rest are paragraphs.
 *   <li>{@link Layout#LINES}: no cell separators at all (OCR of a scan, seed 002): paragraphs only, their lines kept
 *       as {@code \n}; the interpreter finds the table in them.
 * </ul>
 *
 * <p>In every layout, paragraphs are runs of non-blank lines (a page's first line starts a new one when the text
 * marks pages), their lines joined with {@code \n}; every block and
 * row keeps the 1-based number of its first line. Converters' extraction markers, which are no printed content, are
 * removed: {@code **} (bold), {@code [image: ...]}, {@code [bookmark: ...]} and lines holding only an image file
 * name ("image1.jpeg").
 *
 * <p>Bytes are decoded with the options' encoding, else as UTF-8 when they are valid UTF-8 (a BOM is skipped), else
 * as Windows-1251. Stateless and thread-safe.
 */
public final class TextReader implements FormatReader {

    /** How a text lays out its table. */
    public enum Layout {
        /** One row per line, cells separated by tabs. */
        TAB_ROWS,
        /** One cell per line after a leading tab, continued on the lines after it. */
        CELL_PER_LINE,
        /** No cell separators. */
        LINES
    }

    private static final Pattern IMAGE_MARK = Pattern.compile("\\[(?:image|bookmark):[^\\]]*\\]");
    private static final Pattern IMAGE_LINE =
            Pattern.compile("^\\s*image\\d+\\.(?:jpe?g|png|gif|emf|wmf|bmp|tiff?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_START = Pattern.compile("^ *\\t");
    private static final Pattern PAGE_START = Pattern.compile("^ \\S");
    private static final Pattern LIST_MARK = Pattern.compile("^[-–—•·▪●]");
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    /** Creates the reader. */
    public TextReader() {}

    @Override
    public SourceDocument read(InputStream in, String source, ImportOptions options) throws IOException {
        byte[] bytes = in.readAllBytes();
        return read(decode(bytes, options.encoding()), source);
    }

    /**
     * Decodes the bytes of a text file.
     *
     * @param bytes the bytes
     * @param encoding the encoding to use, if the caller knows it
     * @return the text, without a BOM
     */
    public static String decode(byte[] bytes, Optional<Charset> encoding) {
        if (encoding.isPresent()) {
            String s = new String(bytes, encoding.get());
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        }
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1251);
        }
    }

    /**
     * Reads a text.
     *
     * @param text the whole text
     * @param source the source's name
     * @return the document
     */
    public SourceDocument read(String text, String source) {
        List<String> lines = lines(text);
        Layout layout = detect(lines);
        Builder b = new Builder(source);
        switch (layout) {
            case TAB_ROWS:
                readTabRows(lines, b);
                break;
            case CELL_PER_LINE:
                readCellPerLine(lines, b);
                break;
            default:
                readLines(lines, 0, lines.size(), b);
                break;
        }
        return b.build();
    }

    /**
     * Splits a text into lines and removes extraction markers from them.
     *
     * @param text the text
     * @return the cleaned lines, one per source line
     */
    static List<String> lines(String text) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        List<String> lines = new ArrayList<>(raw.length);
        for (String line : raw) {
            lines.add(clean(line));
        }
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    private static String clean(String line) {
        if (IMAGE_LINE.matcher(line).matches()) {
            return "";
        }
        return IMAGE_MARK.matcher(line.replace("**", "")).replaceAll("");
    }

    /**
     * Tells the layout of a text's lines.
     *
     * @param lines the lines
     * @return {@link Layout#TAB_ROWS} when more lines hold several tabs than begin with the only one,
     *     {@link Layout#CELL_PER_LINE} when at least three lines begin with their only tab, {@link Layout#LINES}
     *     otherwise
     */
    public static Layout detect(List<String> lines) {
        int rows = 0;
        int cells = 0;
        for (String line : lines) {
            int tabs = count(line, '\t');
            if (tabs >= 2 && !CELL_START.matcher(line).find()) {
                rows++;
            } else if (tabs >= 2 && line.strip().contains("\t")) {
                rows++;
            } else if (tabs >= 1 && CELL_START.matcher(line).find()) {
                cells++;
            }
        }
        if (rows >= 2 && rows >= cells) {
            return Layout.TAB_ROWS;
        }
        if (cells >= 3) {
            return Layout.CELL_PER_LINE;
        }
        return rows >= 2 ? Layout.TAB_ROWS : Layout.LINES;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- tab rows

    private static void readTabRows(List<String> lines, Builder b) {
        int i = 0;
        while (i < lines.size()) {
            if (isTabRow(lines, i)) {
                List<SourceBlock.Row> rows = new ArrayList<>();
                int start = i;
                while (i < lines.size() && (isTabRow(lines, i) || lines.get(i).isBlank())) {
                    if (!lines.get(i).isBlank()) {
                        rows.add(row(i + 1, lines.get(i).split("\t", -1)));
                    }
                    i++;
                }
                b.blocks.add(new SourceBlock.Grid(start + 1, rows));
            } else {
                int end = i;
                while (end < lines.size() && !isTabRow(lines, end)) {
                    end++;
                }
                readLines(lines, i, end, b);
                i = end;
            }
        }
    }

    private static boolean isTabRow(List<String> lines, int i) {
        String line = lines.get(i);
        int tabs = count(line, '\t');
        if (tabs >= 2) {
            return true;
        }
        if (tabs == 0) {
            return false;
        }
        return neighbourHasTabs(lines, i, -1) || neighbourHasTabs(lines, i, 1);
    }

    private static boolean neighbourHasTabs(List<String> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            if (!lines.get(j).isBlank()) {
                return count(lines.get(j), '\t') >= 2;
            }
        }
        return false;
    }

    private static SourceBlock.Row row(int row, String[] cells) {
        List<SourceCell> list = new ArrayList<>(cells.length);
        for (String c : cells) {
            list.add(SourceCell.of(c));
        }
        return new SourceBlock.Row(row, list);
    }

    // ---------------------------------------------------------------- lines

    private static void readLines(List<String> lines, int from, int to, Builder b) {
        readLines(lines, from, to, b, false);
    }

    private static void readLines(List<String> lines, int from, int to, Builder b, boolean pageMarks) {
        int i = from;
        while (i < to) {
            if (lines.get(i).isBlank()) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder text = new StringBuilder();
            while (i < to
                    && !lines.get(i).isBlank()
                    && (i == start
                            || !pageMarks
                            || !PAGE_START.matcher(lines.get(i)).find())) {
                if (i > start) {
                    text.append('\n');
                }
                text.append(lines.get(i));
                i++;
            }
            b.blocks.add(new SourceBlock.Paragraph(start + 1, text.toString()));
        }
    }

    // ---------------------------------------------------------------- cell per line

    /** A cell of the cell-per-line layout while it is read. */
    private static final class Cell {
        final int row;
        final boolean pageStart;
        final List<String> lines = new ArrayList<>();

        Cell(int row, boolean pageStart, String first) {
            this.row = row;
            this.pageStart = pageStart;
            lines.add(first);
        }

        boolean hasText() {
            return lines.stream().anyMatch(l -> !l.isBlank());
        }

        String text() {
            return fold(lines);
        }
    }

    private static void readCellPerLine(List<String> lines, Builder b) {
        boolean pageMarks = lines.stream().anyMatch(l -> l.startsWith(" \t"));
        List<Cell> cells = new ArrayList<>();
        int textFrom = 0;
        boolean previousEmpty = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (CELL_START.matcher(line).find()) {
                if (textFrom >= 0) {
                    readLines(lines, textFrom, i, b, pageMarks);
                    textFrom = -1;
                }
                int tab = line.indexOf('\t');
                Cell cell = new Cell(i + 1, pageMarks && tab > 0, line.substring(tab + 1));
                Cell before = cells.isEmpty() ? null : cells.get(cells.size() - 1);
                if (cell.pageStart && before != null && startsLowerCase(cell.lines.get(0))) {
                    before.lines.add(cell.lines.get(0));
                    b.notes.add(note(
                            b.source,
                            i + 1,
                            "import.page-break-joined",
                            "a cell beginning in lower case on a new page was joined to the cell before it (row "
                                    + before.row + ")"));
                } else {
                    cells.add(cell);
                }
                previousEmpty = false;
                continue;
            }
            if (textFrom >= 0) {
                continue;
            }
            Cell current = cells.get(cells.size() - 1);
            if (line.isEmpty()) {
                previousEmpty = true;
                continue;
            }
            if (line.isBlank()) {
                if (current.hasText()) {
                    current.lines.add("");
                }
                continue;
            }
            if (pageMarks && PAGE_START.matcher(line).find()) {
                if (startsLowerCase(line)) {
                    current.lines.add(line);
                } else {
                    cells.add(new Cell(i + 1, true, line));
                }
            } else if (previousEmpty && current.hasText()) {
                flushCells(cells, b);
                textFrom = i;
            } else {
                current.lines.add(line);
            }
            previousEmpty = false;
        }
        flushCells(cells, b);
        if (textFrom >= 0) {
            readLines(lines, textFrom, lines.size(), b, pageMarks);
        }
    }

    private static boolean startsLowerCase(String s) {
        String t = s.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    /**
     * Folds the lines of a cell: wrapped lines joined with a space (or without one after a hyphen that ends a word
     * before a lower-case line), {@code \n} before a list mark and for a blank line, tabs inside a line as spaces,
     * each line stripped.
     */
    static String fold(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean breakPending = false;
        boolean inList = false;
        String previous = "";
        for (String raw : lines) {
            String line = raw.replaceAll("\\t+", " ").strip();
            if (line.isEmpty()) {
                breakPending = out.length() > 0;
                continue;
            }
            boolean listItem =
                    LIST_MARK.matcher(line).find() && (inList || previous.endsWith(":") || previous.endsWith(";"));
            inList = listItem;
            previous = line;
            if (out.length() == 0) {
                out.append(line);
            } else if (breakPending || listItem) {
                out.append('\n').append(line);
            } else if (endsWithWordHyphen(out) && Character.isLowerCase(line.codePointAt(0))) {
                out.append(line);
            } else {
                out.append(' ').append(line);
            }
            breakPending = false;
        }
        return out.toString();
    }

    private static boolean endsWithWordHyphen(CharSequence s) {
        int n = s.length();
        return n >= 2 && s.charAt(n - 1) == '-' && Character.isLetter(s.charAt(n - 2));
    }

    private static void flushCells(List<Cell> cells, Builder b) {
        if (cells.isEmpty()) {
            return;
        }
        List<Cell> list = new ArrayList<>(cells);
        cells.clear();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (SectionHeading.isBareNumber(list.get(i).text())) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            List<SourceBlock.Row> rows = new ArrayList<>();
            for (Cell c : list) {
                rows.add(new SourceBlock.Row(c.row, List.of(SourceCell.of(c.text()))));
            }
            b.blocks.add(new SourceBlock.Grid(list.get(0).row, rows));
            return;
        }
        int width = width(starts, list.size());
        int first = starts.get(0);
        // before the first numbered row: paragraphs, the header, perhaps a section row
        int sectionBefore = -1;
        int headerEnd = first;
        if (first > 0
                && !list.get(first - 1).text().isBlank()
                && Columns.exact(list.get(first - 1).text()).isEmpty()
                && !Columns.isHeading(list.get(first - 1).text())) {
            sectionBefore = first - 1;
            headerEnd = first - 1;
        }
        int headerStart = headerEnd;
        while (headerStart > 0
                && (Columns.isHeading(list.get(headerStart - 1).text())
                        || list.get(headerStart - 1).text().isBlank() && headerStart < headerEnd)) {
            headerStart--;
        }
        for (int i = 0; i < headerStart; i++) {
            if (list.get(i).hasText()) {
                b.blocks.add(
                        new SourceBlock.Paragraph(list.get(i).row, list.get(i).text()));
            }
        }
        List<SourceBlock.Row> rows = new ArrayList<>();
        if (headerStart < headerEnd) {
            List<SourceCell> header = new ArrayList<>();
            for (int i = headerStart; i < headerEnd; i++) {
                header.add(SourceCell.of(list.get(i).text()));
            }
            rows.add(new SourceBlock.Row(list.get(headerStart).row, header));
        }
        if (sectionBefore >= 0) {
            rows.add(single(list.get(sectionBefore)));
        }
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : list.size();
            int rowEnd = Math.min(to, from + width);
            rows.add(rowOf(list.subList(from, rowEnd), 0, width));
            List<Cell> rest = new ArrayList<>(list.subList(rowEnd, to));
            while (!rest.isEmpty()) {
                if (rest.stream().noneMatch(Cell::hasText)) {
                    break;
                }
                if (!rest.get(0).hasText() && rest.size() >= width) {
                    rows.add(rowOf(rest.subList(0, width), 0, width));
                    rest = new ArrayList<>(rest.subList(width, rest.size()));
                } else if (rest.size() == 1) {
                    rows.add(single(rest.get(0)));
                    rest.clear();
                } else if (rest.size() == width - 1) {
                    rows.add(rowOf(rest, 1, width));
                    rest.clear();
                } else if (rest.size() >= width && rest.get(0).hasText()) {
                    rows.add(single(rest.get(0)));
                    rest = new ArrayList<>(rest.subList(1, rest.size()));
                } else {
                    int n = Math.min(width, rest.size());
                    b.notes.add(note(
                            b.source,
                            rest.get(0).row,
                            "import.uncertain-row",
                            n + " cells after row " + list.get(from).row + " were read as a row of their own"));
                    rows.add(rowOf(rest.subList(0, n), 0, width));
                    rest = new ArrayList<>(rest.subList(n, rest.size()));
                }
            }
        }
        b.blocks.add(new SourceBlock.Grid(rows.get(0).row(), rows));
    }

    private static int width(List<Integer> starts, int size) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int k = 0; k + 1 < starts.size(); k++) {
            int gap = starts.get(k + 1) - starts.get(k);
            if (gap >= 2 && gap <= 12) {
                counts.merge(gap, 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return Math.max(2, Math.min(12, size - starts.get(0)));
        }
        int best = 0;
        int bestCount = -1;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() < best) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static SourceBlock.Row single(Cell c) {
        return new SourceBlock.Row(c.row, List.of(SourceCell.of(c.text())));
    }

    private static SourceBlock.Row rowOf(List<Cell> cells, int offset, int width) {
        List<SourceCell> out = new ArrayList<>();
        for (int i = 0; i < offset; i++) {
            out.add(SourceCell.of(""));
        }
        for (Cell c : cells) {
            out.add(SourceCell.of(c.text()));
        }
        while (out.size() < width) {
            out.add(SourceCell.of(""));
        }
        return new SourceBlock.Row(cells.get(0).row, out);
    }

    private static ImportWarning note(String source, int row, String code, String message) {
        return new ImportWarning(source, row, Optional.empty(), code, message);
    }

    /** Collects the blocks and notes of a document. */
    private static final class Builder {
        final String source;
        final List<SourceBlock> blocks = new ArrayList<>();
        final List<ImportWarning> notes = new ArrayList<>();

        Builder(String source) {
            this.source = source;
        }

        SourceDocument build() {
            return new SourceDocument(source, blocks, notes);
        }
    }
}
