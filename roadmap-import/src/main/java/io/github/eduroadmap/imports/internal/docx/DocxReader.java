package io.github.eduroadmap.imports.internal.docx;

import io.github.eduroadmap.imports.ImportException;
import io.github.eduroadmap.imports.ImportOptions;
import io.github.eduroadmap.imports.ImportWarning;
import io.github.eduroadmap.imports.internal.table.Bytes;
import io.github.eduroadmap.imports.internal.table.FormatReader;
import io.github.eduroadmap.imports.internal.table.ReadLimits;
import io.github.eduroadmap.imports.internal.table.SourceBlock;
import io.github.eduroadmap.imports.internal.table.SourceCell;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import io.github.eduroadmap.imports.internal.table.TableShape;
import io.github.eduroadmap.imports.internal.table.ZipGuard;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word .docx document into a {@link SourceDocument}: the paragraphs of its body and its tables, in document
 * order.
 *
 * <p>A table cell spanning grid columns ({@code gridSpan}) is one {@link SourceCell} with that span; the cells below
 * the first of a vertical merge ({@code vMerge}) are {@link SourceCell#mergedFromAbove() merged from above}; the
 * paragraphs and line breaks of a cell are joined with {@code \n} as they are (an empty paragraph is an empty line). The leading rows marked to repeat on each page
 * ({@code tblHeader}) are the header, else the first row (and a row of column numbers under it); a copy of a header
 * row further down, as a person leaves it after pasting a table over a page break, is kept once
 * ({@code import.repeated-header}). Source rows: a table's rows count from 1 in each table; a paragraph's row is its
 * place among the body's paragraphs (empty ones counted). Page headers and footers, footnotes, comments and text
 * boxes are not read.
 *
 * <p>Hostile files are refused with an {@link ImportException}: a zip bomb ({@link ZipGuard}), more rows or cells
 * than the {@link ReadLimits}, a file that is no Word document.
 */
public final class DocxReader implements FormatReader {

    private final ReadLimits limits;

    /**
     * Creates a reader.
     *
     * @param limits the limits on size
     */
    public DocxReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Creates a reader with the default limits. */
    public DocxReader() {
        this(ReadLimits.DEFAULT);
    }

    /**
     * Reads a file; the options say nothing this format needs.
     *
     * @param in the bytes; read to the end, not closed
     * @param source the source's name, for messages
     * @param options the caller's options
     * @return the document
     * @throws IOException if the stream cannot be read
     * @throws ImportException if the bytes are no such file or pass a limit
     */
    @Override
    public SourceDocument read(InputStream in, String source, ImportOptions options) throws IOException {
        try {
            return read(in, source);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Reads a document.
     *
     * @param in the bytes; not closed
     * @param source the source's name, for messages
     * @return the document
     * @throws ImportException if the bytes are no .docx document or pass a limit
     */
    public SourceDocument read(InputStream in, String source) {
        byte[] bytes = Bytes.readAll(in, source, limits);
        ZipGuard.check(bytes, source, ZipGuard.Kind.DOCX, limits);
        List<SourceBlock> blocks = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        try (XWPFDocument document = open(bytes, source)) {
            new Walk(source, blocks, warnings).body(document.getBodyElements());
        } catch (IOException e) {
            throw new ImportException(source + ": cannot read the document: " + ZipGuard.describe(e), e);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ImportException(source + ": a broken Word .docx document: " + ZipGuard.describe(e), e);
        }
        return new SourceDocument(source, blocks, warnings);
    }

    private static XWPFDocument open(byte[] bytes, String source) throws IOException {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new ImportException(source + ": the document is encrypted; save it without a password", e);
        } catch (RuntimeException e) {
            throw new ImportException(source + ": not a Word .docx document: " + ZipGuard.describe(e), e);
        }
    }

    /** One pass over the body, counting paragraphs, rows and cells. */
    private final class Walk {
        private final String source;
        private final List<SourceBlock> blocks;
        private final List<ImportWarning> warnings;
        private int paragraphs;
        private long rows;
        private long cells;

        Walk(String source, List<SourceBlock> blocks, List<ImportWarning> warnings) {
            this.source = source;
            this.blocks = blocks;
            this.warnings = warnings;
        }

        void body(List<IBodyElement> elements) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph p) {
                    paragraphs++;
                    String text = TableShape.normaliseLineBreaks(p.getText());
                    if (!text.isBlank()) {
                        blocks.add(new SourceBlock.Paragraph(paragraphs, text));
                    }
                } else if (element instanceof XWPFTable t) {
                    table(t);
                } else if (element instanceof XWPFSDT sdt) {
                    paragraphs++;
                    String text =
                            TableShape.normaliseLineBreaks(sdt.getContent().getText());
                    if (!text.isBlank()) {
                        blocks.add(new SourceBlock.Paragraph(paragraphs, text));
                    }
                }
            }
        }

        private void table(XWPFTable table) {
            List<SourceBlock.Row> grid = new ArrayList<>();
            Set<Integer> marked = new HashSet<>();
            int number = 0;
            for (XWPFTableRow row : table.getRows()) {
                number++;
                if (++rows > limits.maxRows()) {
                    throw new ImportException(source + ": more than " + limits.maxRows()
                            + " table rows; a roadmap table is far smaller (raise the limit if this one is real)");
                }
                List<SourceCell> cells = new ArrayList<>();
                CTTrPr trPr = row.getCtRow().getTrPr();
                fill(cells, trPr == null ? List.of() : trPr.getGridBeforeList());
                boolean hasText = false;
                for (XWPFTableCell cell : row.getTableCells()) {
                    if (++this.cells > limits.maxCells()) {
                        throw new ImportException(source + ":" + number + ": more than " + limits.maxCells()
                                + " cells; a roadmap table is far smaller (raise the limit if this one is real)");
                    }
                    String text = cellText(cell);
                    hasText |= !text.isBlank();
                    CTTcPr pr = cell.getCTTc().getTcPr();
                    int span = 1;
                    boolean continued = false;
                    if (pr != null) {
                        if (pr.getGridSpan() != null && pr.getGridSpan().getVal() != null) {
                            span = Math.max(
                                    1, Math.min(pr.getGridSpan().getVal().intValue(), 1000));
                        }
                        if (pr.getVMerge() != null) {
                            continued = pr.getVMerge().getVal() == null
                                    || pr.getVMerge().getVal() == STMerge.CONTINUE;
                        }
                        if (pr.getHMerge() != null && pr.getHMerge().getVal() != STMerge.RESTART && !cells.isEmpty()) {
                            // an old Word's horizontal merge: this cell widens the one before
                            SourceCell before = cells.remove(cells.size() - 1);
                            String joined = text.isEmpty()
                                    ? before.text()
                                    : before.text().isEmpty() ? text : before.text() + "\n" + text;
                            cells.add(new SourceCell(joined, before.span() + span, before.mergedFromAbove()));
                            continue;
                        }
                    }
                    cells.add(new SourceCell(text, span, continued && text.isEmpty()));
                }
                fill(cells, trPr == null ? List.of() : trPr.getGridAfterList());
                if (!hasText) {
                    continue;
                }
                if (row.isRepeatHeader()) {
                    marked.add(number);
                }
                grid.add(new SourceBlock.Row(number, cells));
            }
            if (!grid.isEmpty()) {
                blocks.add(new SourceBlock.Grid(
                        grid.get(0).row(), TableShape.keepHeaderOnce(source, grid, marked, warnings)));
            }
        }

        private void fill(List<SourceCell> cells, List<CTDecimalNumber> grid) {
            for (CTDecimalNumber n : grid) {
                BigInteger v = n.getVal();
                int count = v == null ? 0 : Math.max(0, Math.min(v.intValue(), 1000));
                for (int i = 0; i < count; i++) {
                    cells.add(SourceCell.of(""));
                }
            }
        }

        private String cellText(XWPFTableCell cell) {
            StringBuilder sb = new StringBuilder();
            for (IBodyElement element : cell.getBodyElements()) {
                String text;
                if (element instanceof XWPFParagraph p) {
                    text = p.getText();
                } else if (element instanceof XWPFTable nested) {
                    text = nestedText(nested);
                } else if (element instanceof XWPFSDT sdt) {
                    text = sdt.getContent().getText();
                } else {
                    continue;
                }
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(text);
            }
            return TableShape.normaliseLineBreaks(sb.toString());
        }

        private String nestedText(XWPFTable nested) {
            StringBuilder sb = new StringBuilder();
            for (XWPFTableRow row : nested.getRows()) {
                List<String> texts = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    texts.add(cellText(cell).replace('\n', ' '));
                }
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(String.join("\t", texts));
            }
            return sb.toString();
        }
    }
}
