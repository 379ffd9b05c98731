package io.github.eduroadmap.imports.internal.docx;

import io.github.eduroadmap.imports.ExportException;
import io.github.eduroadmap.imports.internal.table.Layout;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceCell;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a {@link SourceDocument} as a Word .docx document with a real table, which {@link DocxReader} reads back to
 * the same cells.
 *
 * <p>A4 landscape. Paragraphs are paragraphs, their line breaks line breaks. The table has a fixed grid whose column
 * widths follow the text; its header row (and a row of column numbers under it) is bold on grey and marked to repeat
 * at the top of each page ({@code tblHeader}); a section row is one bold cell spanning the whole table
 * ({@code gridSpan}); a cell merged from above continues a vertical merge ({@code vMerge}); each line of a cell is a
 * paragraph of its own, as a person types it. The last cell of a row shorter than the table spans the rest of it, so
 * {@link DocxReader} reads it back with that larger span.
 */
public final class DocxWriter {

    private static final int PAGE_WIDTH = 16838;
    private static final int PAGE_HEIGHT = 11906;
    private static final int MARGIN = 1134;
    private static final String FONT = "Times New Roman";
    private static final int FONT_SIZE = 11;
    /** About the width of a Cyrillic letter of 11 pt Times New Roman, in twentieths of a point. */
    private static final int TWIPS_PER_CHAR = 150;

    private static final int CELL_MARGINS = 230;

    /** Creates a writer. */
    public DocxWriter() {}

    /**
     * Writes a document.
     *
     * @param document the document
     * @param out where to write; not closed
     * @throws ExportException if a text holds a control character XML cannot carry
     * @throws UncheckedIOException if writing fails
     */
    public void write(SourceDocument document, OutputStream out) {
        try (XWPFDocument docx = new XWPFDocument()) {
            for (SourceBlock block : document.blocks()) {
                if (block instanceof SourceBlock.Paragraph p) {
                    XWPFParagraph paragraph = docx.createParagraph();
                    lines(paragraph, checked(p.text(), document.source()), false, true);
                } else if (block instanceof SourceBlock.Grid g) {
                    table(docx, g, document.source());
                    docx.createParagraph();
                }
            }
            CTSectPr sect = docx.getDocument().getBody().isSetSectPr()
                    ? docx.getDocument().getBody().getSectPr()
                    : docx.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
            size.setW(BigInteger.valueOf(PAGE_WIDTH));
            size.setH(BigInteger.valueOf(PAGE_HEIGHT));
            size.setOrient(STPageOrientation.LANDSCAPE);
            CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
            BigInteger m = BigInteger.valueOf(MARGIN);
            margins.setTop(m);
            margins.setBottom(m);
            margins.setLeft(m);
            margins.setRight(m);
            docx.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void table(XWPFDocument docx, SourceBlock.Grid g, String source) {
        int width = Layout.width(g);
        int[] twips = columnWidths(g, width);
        XWPFTable table = docx.createTable();
        table.removeRow(0);
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblWidth tblW = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tblW.setType(STTblWidth.DXA);
        tblW.setW(BigInteger.valueOf(sum(twips, 0, width - 1)));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int t : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(t));
        }
        int header = Layout.headerRows(g);
        XWPFTableCell[] previous = new XWPFTableCell[width];
        int index = 0;
        for (SourceBlock.Row sourceRow : g.rows()) {
            boolean isHeader = index++ < header;
            boolean isSection = Layout.isSection(sourceRow, width);
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            if (isHeader) {
                row.setRepeatHeader(true);
            }
            XWPFTableCell[] current = new XWPFTableCell[width];
            int column = 0;
            List<SourceCell> cells = sourceRow.cells();
            for (int k = 0; k < cells.size(); k++) {
                SourceCell c = cells.get(k);
                // a row shorter than the table: its last cell spans the rest, as a person makes such a row in Word
                int last = k == cells.size() - 1 ? width - 1 : Math.min(width, column + c.span()) - 1;
                XWPFTableCell cell = row.addNewTableCell();
                CTTcPr tcPr = cell.getCTTc().isSetTcPr()
                        ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                CTTblWidth tcW = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                tcW.setType(STTblWidth.DXA);
                tcW.setW(BigInteger.valueOf(sum(twips, column, last)));
                if (last > column) {
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(last - column + 1L));
                }
                if (c.mergedFromAbove() && previous[column] != null) {
                    CTTcPr above = previous[column].getCTTc().getTcPr();
                    if (!above.isSetVMerge()) {
                        above.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    tcPr.addNewVMerge().setVal(STMerge.CONTINUE);
                }
                if (isHeader || isSection) {
                    CTShd shd = tcPr.addNewShd();
                    shd.setVal(STShd.CLEAR);
                    shd.setColor("auto");
                    shd.setFill(isHeader ? "D9D9D9" : "DEEAF6");
                }
                lines(cell.getParagraphs().get(0), checked(c.text(), source), isHeader || isSection, false);
                current[column] = cell;
                column = last + 1;
            }
            previous = current;
        }
    }

    /**
     * Gives each column room for its longest word, then shares the rest of the page's width in proportion to the
     * columns' longest lines.
     */
    private static int[] columnWidths(SourceBlock.Grid g, int width) {
        int[] chars = Layout.columnChars(g, width, 3, 60);
        int[] words = Layout.longestWords(g, width, 20);
        int available = PAGE_WIDTH - 2 * MARGIN;
        int[] twips = new int[width];
        int needed = 0;
        for (int c = 0; c < width; c++) {
            twips[c] = Math.max(2, words[c]) * TWIPS_PER_CHAR + CELL_MARGINS;
            needed += twips[c];
        }
        if (needed >= available) {
            // too many long words: the narrowest columns get their room first, each at most an even share of
            // what is left, so that a column of short labels is not squeezed by a row of long fields
            Integer[] order = new Integer[width];
            for (int c = 0; c < width; c++) {
                order[c] = c;
            }
            int[] need = twips.clone();
            java.util.Arrays.sort(order, java.util.Comparator.comparingInt(c -> need[c]));
            int remaining = available;
            for (int i = 0; i < width; i++) {
                int c = order[i];
                twips[c] = Math.max(300, Math.min(need[c], remaining / (width - i)));
                remaining -= twips[c];
            }
            return twips;
        }
        long extra = 0;
        for (int c = 0; c < width; c++) {
            extra += Math.max(0, chars[c] - words[c]);
        }
        int rest = available - needed;
        for (int c = 0; c < width; c++) {
            twips[c] += extra == 0 ? rest / width : (int) (rest * (long) Math.max(0, chars[c] - words[c]) / extra);
        }
        return twips;
    }

    private static int sum(int[] twips, int from, int to) {
        int s = 0;
        for (int i = from; i <= to && i < twips.length; i++) {
            s += twips[i];
        }
        return s;
    }

    /** Writes the lines of a text: as line breaks in one paragraph, or as paragraphs of a table cell. */
    private static void lines(XWPFParagraph first, String text, boolean bold, boolean breaks) {
        List<String> lines = List.of(text.split("\n", -1));
        XWPFParagraph paragraph = first;
        XWPFRun run = null;
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                if (breaks) {
                    run.addBreak();
                } else {
                    paragraph = ((XWPFTableCell) first.getBody()).addParagraph();
                    run = null;
                }
            }
            if (run == null) {
                run = paragraph.createRun();
                run.setFontFamily(FONT);
                run.setFontSize(FONT_SIZE);
                run.setBold(bold);
            }
            if (!lines.get(i).isEmpty()) {
                run.setText(lines.get(i), run.getCTR().sizeOfTArray());
            }
            if (!breaks && i + 1 < lines.size()) {
                run = null;
            }
        }
    }

    private static String checked(String text, String source) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                throw new ExportException(source + ": the control character U+" + String.format("%04X", (int) c)
                        + " cannot be written to a Word document: \"" + text + "\"");
            }
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
