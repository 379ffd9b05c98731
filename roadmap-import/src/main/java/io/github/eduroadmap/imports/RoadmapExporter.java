package io.github.eduroadmap.imports;

import io.github.eduroadmap.imports.internal.csv.CsvWriter;
import io.github.eduroadmap.imports.internal.docx.DocxWriter;
import io.github.eduroadmap.imports.internal.layout.TableLayout;
import io.github.eduroadmap.imports.internal.markdown.MarkdownWriter;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import io.github.eduroadmap.imports.internal.xlsx.XlsxWriter;
import io.github.eduroadmap.model.Roadmap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Writes a roadmap as a table people open in Excel or Word: CSV, .xlsx, .docx, or Markdown to read.
 *
 * <p>The table is the roadmap's front matter (title, id, level, period, approval, goals, objectives, glossary,
 * reporting, ... one record per row) followed by its activity table: a header row repeated on each printed page,
 * section rows merged across, one row per activity with its number, words, deadline, executors and results (one per
 * line). {@link RoadmapImporter} reads CSV, .xlsx and .docx written here back to an equal roadmap.
 *
 * <p>Cells a spreadsheet would take for a formula (beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return) are neutralised against formula injection: CSV writes an apostrophe before them (and the
 * importer removes exactly that apostrophe), .xlsx sets Excel's quote prefix on the cell (the text is unchanged).
 *
 * <pre>{@code
 * RoadmapExporter.xlsx().write(roadmap, Path.of("roadmap.xlsx"));
 * RoadmapExporter.csv(Charset.forName("windows-1251")).write(roadmap, Path.of("roadmap.csv"));
 * RoadmapExporter.forPath(Path.of("roadmap.md")).write(roadmap, Path.of("roadmap.md"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RoadmapExporter {

    private final ExportFormat format;
    private final Charset charset;

    private RoadmapExporter(ExportFormat format, Charset charset) {
        this.format = format;
        this.charset = charset;
    }

    /**
     * Returns the CSV exporter: UTF-8 with a byte order mark, {@code ;} between cells, CRLF between rows.
     *
     * @return the exporter
     */
    public static RoadmapExporter csv() {
        return new RoadmapExporter(ExportFormat.CSV, StandardCharsets.UTF_8);
    }

    /**
     * Returns a CSV exporter in an encoding: UTF-8 (with a byte order mark) or, for Russian Excel, Windows-1251.
     *
     * @param charset the encoding
     * @return the exporter
     */
    public static RoadmapExporter csv(Charset charset) {
        return new RoadmapExporter(ExportFormat.CSV, Objects.requireNonNull(charset, "charset"));
    }

    /**
     * Returns the Excel exporter.
     *
     * @return the exporter
     */
    public static RoadmapExporter xlsx() {
        return new RoadmapExporter(ExportFormat.XLSX, StandardCharsets.UTF_8);
    }

    /**
     * Returns the Word exporter.
     *
     * @return the exporter
     */
    public static RoadmapExporter docx() {
        return new RoadmapExporter(ExportFormat.DOCX, StandardCharsets.UTF_8);
    }

    /**
     * Returns the Markdown exporter: paragraphs and a GitHub table, UTF-8.
     *
     * @return the exporter
     */
    public static RoadmapExporter markdown() {
        return new RoadmapExporter(ExportFormat.MARKDOWN, StandardCharsets.UTF_8);
    }

    /**
     * Returns the exporter of a format.
     *
     * @param format the format
     * @return the exporter; for CSV, UTF-8
     */
    public static RoadmapExporter of(ExportFormat format) {
        return new RoadmapExporter(Objects.requireNonNull(format, "format"), StandardCharsets.UTF_8);
    }

    /**
     * Returns the exporter for a file by its extension: .csv, .xlsx, .docx, .md.
     *
     * @param path the file
     * @return the exporter
     * @throws IllegalArgumentException if the extension names no format
     */
    public static RoadmapExporter forPath(Path path) {
        String name = path.getFileName() == null
                ? path.toString()
                : path.getFileName().toString();
        return of(ExportFormat.forFileName(name)
                .orElseThrow(() -> new IllegalArgumentException("cannot tell the format of " + name + "; expected "
                        + Arrays.stream(ExportFormat.values())
                                .map(f -> "." + f.extensions().get(0))
                                .reduce((a, b) -> a + ", " + b)
                                .orElse(""))));
    }

    /**
     * Returns this exporter in another CSV encoding.
     *
     * @param charset the encoding: UTF-8 or Windows-1251
     * @return the exporter
     * @throws IllegalStateException if this exporter does not write CSV
     */
    public RoadmapExporter withCharset(Charset charset) {
        if (format != ExportFormat.CSV) {
            throw new IllegalStateException(format + " has no choice of encoding; only CSV has");
        }
        return new RoadmapExporter(format, Objects.requireNonNull(charset, "charset"));
    }

    /**
     * Returns the format this exporter writes.
     *
     * @return the format
     */
    public ExportFormat format() {
        return format;
    }

    /**
     * Writes a roadmap.
     *
     * @param roadmap the roadmap
     * @param out where to write; not closed
     * @throws ExportException if a character has no byte in the CSV encoding, a cell is longer than Excel holds, or
     *     writing fails
     */
    public void write(Roadmap roadmap, OutputStream out) {
        Objects.requireNonNull(roadmap, "roadmap");
        Objects.requireNonNull(out, "out");
        SourceDocument layout = TableLayout.of(roadmap);
        try {
            switch (format) {
                case CSV:
                    new CsvWriter(csvOptions()).write(layout, out);
                    break;
                case XLSX:
                    new XlsxWriter().write(layout, out);
                    break;
                case DOCX:
                    new DocxWriter().write(layout, out);
                    break;
                case MARKDOWN:
                default:
                    new MarkdownWriter().write(layout, out);
                    break;
            }
        } catch (UncheckedIOException e) {
            throw new ExportException(
                    roadmap.id() + ": cannot write: " + e.getCause().getMessage(), e);
        }
    }

    /**
     * Writes a roadmap to a file, replacing it; nothing is left behind when writing fails.
     *
     * @param roadmap the roadmap
     * @param file the file
     * @throws ExportException if the roadmap cannot be written in this format or the file cannot be written
     */
    public void write(Roadmap roadmap, Path file) {
        byte[] bytes = toBytes(roadmap);
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new ExportException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /**
     * Returns a roadmap written in this format.
     *
     * @param roadmap the roadmap
     * @return the bytes
     * @throws ExportException if the roadmap cannot be written in this format
     */
    public byte[] toBytes(Roadmap roadmap) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(roadmap, out);
        return out.toByteArray();
    }

    private CsvWriter.Options csvOptions() {
        return charset.equals(StandardCharsets.UTF_8)
                ? CsvWriter.Options.UTF8
                : new CsvWriter.Options(charset, false, ';');
    }
}
