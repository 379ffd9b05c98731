package io.github.eduroadmap.imports.internal.xlsx;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an Excel .xlsx workbook into a {@link SourceDocument}: the used range of every sheet, in order.
 *
 * <p>Cells read as a person sees them: numbers and dates formatted by their cell format ({@link DataFormatter}, in
 * the reader's locale), formulas by their last computed value (never evaluated), line breaks inside a cell as
 * {@code \n}. A merged cell is one {@link SourceCell} whose span is the merge's width; the rows below the first of a
 * vertical merge hold a cell {@link SourceCell#mergedFromAbove() merged from above}. Text hidden under a merged cell
 * is left out and named in an {@code import.hidden-cell} warning. The print titles of a sheet (rows repeated on each
 * printed page) are its header; a copy of a header row further down is kept once ({@code import.repeated-header}).
 * Source rows are sheet rows, as Excel numbers them; each sheet counts from 1.
 *
 * <p>Hostile files are refused with an {@link ImportException}: a zip bomb ({@link ZipGuard}), more rows or cells
 * than the {@link ReadLimits}, a file that is no workbook.
 */
public final class XlsxReader implements FormatReader {

    private final ReadLimits limits;
    private final Locale locale;
    private final char dateSeparator;
    private final String shortDate;

    /**
     * Creates a reader.
     *
     * @param limits the limits on size
     * @param locale the locale numbers and dates are formatted in, e.g. ru-RU ("3,5")
     */
    public XlsxReader(ReadLimits limits, Locale locale) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.locale = Objects.requireNonNull(locale, "locale");
        String javaShort = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                java.time.format.FormatStyle.SHORT, null, java.time.chrono.IsoChronology.INSTANCE, locale);
        char separator = '/';
        for (char c : javaShort.toCharArray()) {
            if (!Character.isLetter(c) && c != '\'') {
                separator = c;
                break;
            }
        }
        this.dateSeparator = separator;
        // the locale's short date with a four-digit year, in Excel's letters: "dd.mm.yyyy" in Russia
        this.shortDate = javaShort.replaceAll("y+", "yyyy").replace('M', 'm').replace("'", "\"");
    }

    /** Creates a reader with the default limits, formatting numbers and dates as in Russia. */
    public XlsxReader() {
        this(ReadLimits.DEFAULT, Locale.forLanguageTag("ru-RU"));
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
     * Reads a workbook.
     *
     * @param in the bytes; not closed
     * @param source the source's name, for messages
     * @return the document
     * @throws ImportException if the bytes are no .xlsx workbook or pass a limit
     */
    public SourceDocument read(InputStream in, String source) {
        byte[] bytes = Bytes.readAll(in, source, limits);
        ZipGuard.check(bytes, source, ZipGuard.Kind.XLSX, limits);
        List<SourceBlock> blocks = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        try (XSSFWorkbook workbook = open(bytes, source)) {
            DataFormatter formatter = new DataFormatter(locale);
            formatter.setUseCachedValuesForFormulaCells(true);
            long[] budget = {0, 0};
            for (Sheet sheet : workbook) {
                readSheet(sheet, formatter, source, blocks, warnings, budget);
            }
        } catch (IOException e) {
            throw new ImportException(source + ": cannot read the workbook: " + ZipGuard.describe(e), e);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ImportException(source + ": a broken Excel .xlsx workbook: " + ZipGuard.describe(e), e);
        }
        return new SourceDocument(source, blocks, warnings);
    }

    private static XSSFWorkbook open(byte[] bytes, String source) throws IOException {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                | org.apache.poi.ooxml.POIXMLException e) {
            throw new ImportException(source + ": not an Excel .xlsx workbook: " + ZipGuard.describe(e), e);
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new ImportException(source + ": the workbook is encrypted; save it without a password", e);
        } catch (RuntimeException e) {
            throw new ImportException(source + ": not an Excel .xlsx workbook: " + ZipGuard.describe(e), e);
        }
    }

    private void readSheet(
            Sheet sheet,
            DataFormatter formatter,
            String source,
            List<SourceBlock> blocks,
            List<ImportWarning> warnings,
            long[] budget) {
        List<CellRangeAddress> merges = sheet.getMergedRegions();
        if (merges.size() > limits.maxCells()) {
            throw new ImportException(source + ": sheet " + sheet.getSheetName() + " has more than " + limits.maxCells()
                    + " merged cells");
        }
        long mergedArea = 0;
        for (CellRangeAddress m : merges) {
            mergedArea += (long) (m.getLastRow() - m.getFirstRow() + 1) * (m.getLastColumn() - m.getFirstColumn() + 1);
            if (mergedArea > limits.maxCells()) {
                throw tooMany(source, sheet, "cells");
            }
        }
        // index the merged cells row by row, only for rows that exist
        Map<Integer, List<CellRangeAddress>> mergesByRow = new HashMap<>();
        for (CellRangeAddress m : merges) {
            for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
                if (sheet.getRow(r) != null) {
                    mergesByRow.computeIfAbsent(r, k -> new ArrayList<>()).add(m);
                }
            }
        }
        List<Text> texts = new ArrayList<>();
        for (Row row : sheet) {
            if (++budget[0] > limits.maxRows()) {
                throw tooMany(source, sheet, "rows");
            }
            for (Cell cell : row) {
                if (++budget[1] > limits.maxCells()) {
                    throw tooMany(source, sheet, "cells");
                }
                String text = TableShape.normaliseLineBreaks(format(cell, formatter));
                if (!text.isEmpty()) {
                    texts.add(new Text(row.getRowNum(), cell.getColumnIndex(), text));
                }
            }
        }
        // which cells are covered by a merge, and the width of the used range
        Map<Long, String> textAt = new HashMap<>();
        int width = 0;
        for (Text t : texts) {
            CellRangeAddress m = find(mergesByRow.get(t.row), t.column);
            if (m != null && (m.getFirstRow() != t.row || m.getFirstColumn() != t.column)) {
                warnings.add(new ImportWarning(
                        source,
                        t.row + 1,
                        Optional.of(t.column + 1),
                        "import.hidden-cell",
                        "the cell " + new CellReference(t.row, t.column).formatAsString() + " lies under the merged"
                                + " cell " + m.formatAsString() + " and is not shown; its text \"" + t.text
                                + "\" is left out"));
                continue;
            }
            textAt.put(key(t.row, t.column), t.text);
            width = Math.max(width, (m == null ? t.column : m.getLastColumn()) + 1);
        }
        if (textAt.isEmpty()) {
            return;
        }
        if ((long) width * sheet.getPhysicalNumberOfRows() > limits.maxCells()) {
            throw tooMany(source, sheet, "cells");
        }
        List<TableShape.RawRow> rows = new ArrayList<>();
        int previous = -2;
        boolean afterBlank = false;
        for (Row row : sheet) {
            int r = row.getRowNum();
            if (previous >= -1 && r > previous + 1) {
                afterBlank = true;
            }
            previous = r;
            List<CellRangeAddress> rowMerges = mergesByRow.getOrDefault(r, List.of());
            List<SourceCell> cells = new ArrayList<>();
            boolean hasText = false;
            boolean hasMerge = false;
            for (int c = 0; c < width; ) {
                CellRangeAddress m = find(rowMerges, c);
                if (m != null) {
                    int span = Math.min(m.getLastColumn(), width - 1) - c + 1;
                    if (m.getFirstRow() == r) {
                        String text = textAt.getOrDefault(key(r, c), "");
                        hasText |= !text.isEmpty();
                        cells.add(new SourceCell(text, span, false));
                    } else {
                        hasMerge = true;
                        cells.add(new SourceCell("", span, true));
                    }
                    c += span;
                } else {
                    String text = textAt.getOrDefault(key(r, c), "");
                    hasText |= !text.isEmpty();
                    cells.add(SourceCell.of(text));
                    c++;
                }
            }
            if (hasText) {
                rows.add(new TableShape.RawRow(r + 1, cells, afterBlank));
                afterBlank = false;
            } else if (!hasMerge) {
                afterBlank = true;
            }
        }
        Set<Integer> header = new HashSet<>();
        CellRangeAddress titles = sheet.getRepeatingRows();
        if (titles != null) {
            for (int r = titles.getFirstRow(); r <= titles.getLastRow() && r - titles.getFirstRow() < 100; r++) {
                header.add(r + 1);
            }
        }
        TableShape.shape(source, rows, header, true, blocks, warnings);
    }

    /**
     * Formats a cell as a person sees it in the reader's locale. POI prints a date format's {@code /} as it is, while
     * Excel and Calc show the locale's date separator there ("dd/mm/yy" is "01.03.21" in Russia), and the built-in
     * format 14 as the locale's short date: both are done here.
     */
    private String format(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            int index = cell.getCellStyle().getDataFormat();
            String pattern = index == 14
                    ? shortDate
                    : localiseSeparators(cell.getCellStyle().getDataFormatString());
            return formatter.formatRawCellContents(cell.getNumericCellValue(), index, pattern);
        }
        return formatter.formatCellValue(cell);
    }

    private String localiseSeparators(String pattern) {
        if (dateSeparator == '/' || pattern == null) {
            return pattern;
        }
        StringBuilder sb = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && i + 1 < pattern.length()) {
                sb.append(c).append(pattern.charAt(++i));
                continue;
            } else if (c == '/' && !quoted) {
                c = dateSeparator;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static CellRangeAddress find(List<CellRangeAddress> merges, int column) {
        if (merges == null) {
            return null;
        }
        for (CellRangeAddress m : merges) {
            if (m.getFirstColumn() <= column && column <= m.getLastColumn()) {
                return m;
            }
        }
        return null;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    private ImportException tooMany(String source, Sheet sheet, String what) {
        long limit = what.equals("rows") ? limits.maxRows() : limits.maxCells();
        return new ImportException(source + ": sheet " + sheet.getSheetName() + ": more than " + limit + " " + what
                + "; a roadmap table is far smaller (raise the limit if this one is real)");
    }

    private record Text(int row, int column, String text) {}
}
