package io.github.eduroadmap.imports.internal.xlsx;

import io.github.eduroadmap.imports.ExportException;
import io.github.eduroadmap.imports.internal.table.FormulaGuard;
import io.github.eduroadmap.imports.internal.table.Layout;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceCell;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link SourceDocument} as an Excel .xlsx workbook a person can print, and {@link XlsxReader} reads back
 * to the same cells.
 *
 * <p>One sheet per table ("Сведения" for tables before the last, the writer's sheet name for the last one, or for
 * the only one), each with the paragraphs before it in column A, and those after it after an empty row. The first
 * row of a table is bold on grey, repeated on each printed page and, when near the top, frozen; a row of column
 * numbers under it likewise. A section row is one cell merged across; cells spanning columns and cells merged from
 * above are merged regions; every cell wraps its text, with column widths and row heights estimated from the text;
 * A4 landscape, fit to the page's width. Every cell is text (a number column keeps "1." as printed). A cell a
 * spreadsheet would take for a formula gets Excel's quote prefix (the style a person sets by typing an apostrophe
 * first): the text stays exactly as it is, Excel shows it as text and never runs it.
 */
public final class XlsxWriter {

    private static final int MIN_CHARS = 4;
    private static final int MAX_CHARS = 60;
    private static final float LINE_POINTS = 15f;
    private static final int FREEZE_WITHIN = 6;

    private final String sheetName;

    /**
     * Creates a writer.
     *
     * @param sheetName the sheet's name
     */
    public XlsxWriter(String sheetName) {
        this.sheetName = Objects.requireNonNull(sheetName, "sheetName");
    }

    /** Creates a writer naming its sheet "Дорожная карта". */
    public XlsxWriter() {
        this("Дорожная карта");
    }

    /**
     * Writes a document.
     *
     * @param document the document
     * @param out where to write; not closed
     * @throws ExportException if a cell is longer than Excel allows
     * @throws UncheckedIOException if writing fails
     */
    public void write(SourceDocument document, OutputStream out) {
        List<List<SourceBlock>> pages = pages(document);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            for (int i = 0; i < pages.size(); i++) {
                String name = i == pages.size() - 1 ? sheetName : "Сведения" + (i == 0 ? "" : " " + (i + 1));
                sheet(workbook.createSheet(name), styles, pages.get(i), document.source());
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits the blocks into sheets: one table on each, with the paragraphs around it. */
    private static List<List<SourceBlock>> pages(SourceDocument document) {
        List<List<SourceBlock>> pages = new ArrayList<>();
        List<SourceBlock> page = new ArrayList<>();
        boolean hasGrid = false;
        for (SourceBlock block : document.blocks()) {
            if (block instanceof SourceBlock.Grid && hasGrid) {
                pages.add(page);
                page = new ArrayList<>();
                hasGrid = false;
            }
            hasGrid |= block instanceof SourceBlock.Grid;
            page.add(block);
        }
        pages.add(page);
        return pages;
    }

    private void sheet(XSSFSheet sheet, Styles styles, List<SourceBlock> blocks, String source) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        int[] widths = widths(blocks, source);
        int r = 0;
        boolean afterGrid = false;
        for (SourceBlock block : blocks) {
            if (block instanceof SourceBlock.Paragraph p) {
                if (afterGrid) {
                    r++;
                    afterGrid = false;
                }
                Row row = sheet.createRow(r++);
                Cell cell = row.createCell(0);
                cell.setCellValue(checked(p.text(), source, r));
                cell.setCellStyle(styles.get(Styles.PARAGRAPH, p.text()));
                int lines = p.text().split("\n", -1).length;
                if (lines > 1) {
                    row.setHeightInPoints(Math.min(409f, lines * LINE_POINTS));
                }
            } else if (block instanceof SourceBlock.Grid g) {
                if (r > 0) {
                    r++;
                }
                int header = Layout.headerRows(g);
                if (header > 0) {
                    // the header is printed on every page, and frozen when it is near the top
                    sheet.setRepeatingRows(new CellRangeAddress(r, r + header - 1, -1, -1));
                    if (r + header <= FREEZE_WITHIN) {
                        sheet.createFreezePane(0, r + header);
                    }
                }
                r = grid(sheet, styles, g, Layout.width(g), widths, r, source);
                afterGrid = true;
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(255, widths[c] + 2) * 256);
        }
    }

    /** The width of each column in characters, over the grids of a sheet; refuses more columns than Excel has. */
    private static int[] widths(List<SourceBlock> blocks, String source) {
        int[] widths = new int[0];
        for (SourceBlock block : blocks) {
            if (block instanceof SourceBlock.Grid g) {
                int width = Layout.width(g);
                if (width > SpreadsheetVersion.EXCEL2007.getMaxColumns()) {
                    throw new ExportException(source + ": a table of " + width + " columns; Excel holds "
                            + SpreadsheetVersion.EXCEL2007.getMaxColumns());
                }
                int[] chars = Layout.columnChars(g, width, MIN_CHARS, MAX_CHARS);
                if (chars.length > widths.length) {
                    int[] wider = java.util.Arrays.copyOf(widths, chars.length);
                    java.util.Arrays.fill(wider, widths.length, chars.length, MIN_CHARS);
                    widths = wider;
                }
                for (int c = 0; c < chars.length; c++) {
                    widths[c] = Math.max(widths[c], chars[c]);
                }
            }
        }
        return widths;
    }

    private int grid(XSSFSheet sheet, Styles styles, SourceBlock.Grid g, int width, int[] chars, int r, String source) {
        int header = Layout.headerRows(g);
        Map<Integer, int[]> open = new HashMap<>(); // first column -> {firstRow, lastRow, lastColumn}
        List<CellRangeAddress> merges = new ArrayList<>();
        int index = 0;
        for (SourceBlock.Row sourceRow : g.rows()) {
            boolean isHeader = index++ < header;
            boolean isSection = Layout.isSection(sourceRow, width);
            int kind = isHeader ? Styles.HEADER : isSection ? Styles.SECTION : Styles.BODY;
            Row row = sheet.createRow(r);
            int lines = 1;
            int column = 0;
            for (SourceCell c : sourceRow.cells()) {
                int last = Math.min(width, column + c.span()) - 1;
                int[] above = open.get(column);
                if (c.mergedFromAbove() && above != null && above[2] == last) {
                    above[1] = r;
                } else {
                    closeOverlapping(open, merges, column, last);
                    open.put(column, new int[] {r, r, last});
                }
                for (int k = column; k <= last; k++) {
                    Cell cell = row.createCell(k);
                    cell.setCellStyle(styles.get(kind, k == column ? c.text() : ""));
                    if (k == column) {
                        cell.setCellValue(checked(c.text(), source, r + 1));
                    }
                }
                int columnChars = 0;
                for (int k = column; k <= last; k++) {
                    columnChars += chars[k];
                }
                lines = Math.max(lines, Layout.lines(c.text(), columnChars));
                column = last + 1;
            }
            for (int k = column; k < width; k++) {
                closeOverlapping(open, merges, k, k);
                row.createCell(k).setCellStyle(styles.get(kind, ""));
            }
            if (lines > 1) {
                row.setHeightInPoints(Math.min(409f, lines * LINE_POINTS));
            }
            r++;
        }
        closeOverlapping(open, merges, 0, width - 1);
        for (CellRangeAddress m : merges) {
            sheet.addMergedRegion(m);
        }
        return r;
    }

    private static void closeOverlapping(Map<Integer, int[]> open, List<CellRangeAddress> merges, int from, int to) {
        for (Iterator<Map.Entry<Integer, int[]>> it = open.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, int[]> e = it.next();
            int first = e.getKey();
            int[] region = e.getValue();
            if (first <= to && region[2] >= from) {
                if (region[1] > region[0] || region[2] > first) {
                    merges.add(new CellRangeAddress(region[0], region[1], first, region[2]));
                }
                it.remove();
            }
        }
    }

    private static String checked(String text, String source, int row) {
        int max = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
        if (text.length() > max) {
            throw new ExportException(source + ": row " + row + ": a cell of " + text.length()
                    + " characters; Excel holds " + max + " in a cell");
        }
        return text;
    }

    /** The cell styles of a workbook, each also with Excel's quote prefix. */
    private static final class Styles {
        static final int PARAGRAPH = 0;
        static final int HEADER = 1;
        static final int SECTION = 2;
        static final int BODY = 3;

        private final CellStyle[][] styles = new CellStyle[4][2];

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            for (int kind = 0; kind < 4; kind++) {
                for (int prefixed = 0; prefixed < 2; prefixed++) {
                    CellStyle s = workbook.createCellStyle();
                    s.setQuotePrefixed(prefixed == 1);
                    if (kind != PARAGRAPH) {
                        s.setWrapText(true);
                        s.setVerticalAlignment(VerticalAlignment.TOP);
                        s.setBorderTop(BorderStyle.THIN);
                        s.setBorderBottom(BorderStyle.THIN);
                        s.setBorderLeft(BorderStyle.THIN);
                        s.setBorderRight(BorderStyle.THIN);
                    }
                    if (kind == HEADER) {
                        s.setFont(bold);
                        s.setAlignment(HorizontalAlignment.CENTER);
                        s.setVerticalAlignment(VerticalAlignment.CENTER);
                        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    } else if (kind == SECTION) {
                        s.setFont(bold);
                        s.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
                        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    }
                    styles[kind][prefixed] = s;
                }
            }
        }

        CellStyle get(int kind, String text) {
            return styles[kind][FormulaGuard.isFormulaLike(text) ? 1 : 0];
        }
    }
}
