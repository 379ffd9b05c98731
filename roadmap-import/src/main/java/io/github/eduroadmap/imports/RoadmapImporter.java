package io.github.eduroadmap.imports;

import io.github.eduroadmap.imports.internal.csv.CsvReader;
import io.github.eduroadmap.imports.internal.docx.DocxReader;
import io.github.eduroadmap.imports.internal.interpret.Interpreter;
import io.github.eduroadmap.imports.internal.table.FormatReader;
import io.github.eduroadmap.imports.internal.table.SourceDocument;
import io.github.eduroadmap.imports.internal.text.TextReader;
import io.github.eduroadmap.imports.internal.xlsx.XlsxReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Imports a roadmap from a table: plain text extracted from Word or PDF, CSV, Excel (.xlsx) or Word (.docx).
 *
 * <p>The reader of the format (by {@link ImportOptions#format()} or the file name's extension) turns the bytes into
 * paragraphs and tables; the interpreter finds the activity table by its header (column names such as "№ п/п",
 * "Срок исполнения", "Мероприятие", "Ответственный исполнитель", "Ожидаемый результат" and their variants), reads
 * section rows ("Задача 1. ...", "I. ..."), numbered and unnumbered activities and rows continued over a page break,
 * and the text around the table: title, goal, objectives, the approving order or letter, "(далее – X)" definitions.
 * Deadlines, executors and expected results are typed; the printed words are always kept. What the importer is not
 * sure of is an {@link ImportWarning} naming its source row; nothing is dropped. Tables exported by this library read
 * back to an equal roadmap.
 *
 * <pre>{@code
 * RoadmapImporter importer = RoadmapImporter.create();
 * ImportResult result = importer.read(Path.of("dorozhnaya-karta-2022.txt"));
 * Roadmap roadmap = result.roadmap();
 * result.warnings().forEach(System.err::println);   // dorozhnaya-karta-2022.txt:54 [import.joined-continuation] ...
 *
 * ImportOptions options = ImportOptions.builder().format(ImportFormat.CSV).level(Level.MUNICIPAL).build();
 * try (InputStream in = upload.getInputStream()) {
 *     Roadmap fromUpload = importer.read(in, "upload.csv", options).roadmap();
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: build one and share it.
 */
public final class RoadmapImporter {

    private static final RoadmapImporter DEFAULT = new RoadmapImporter(ImportOptions.defaults());

    private final ImportOptions options;

    private RoadmapImporter(ImportOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Returns the importer with default options: the format by extension, everything else detected or inferred.
     *
     * @return the importer
     */
    public static RoadmapImporter create() {
        return DEFAULT;
    }

    /**
     * Returns an importer with these options.
     *
     * @param options the options used by {@link #read(Path)}
     * @return the importer
     */
    public static RoadmapImporter create(ImportOptions options) {
        return new RoadmapImporter(options);
    }

    /**
     * Returns the options this importer uses for {@link #read(Path)}.
     *
     * @return the options
     */
    public ImportOptions options() {
        return options;
    }

    /**
     * Imports a file with this importer's options.
     *
     * @param path the file
     * @return the roadmap and the warnings
     * @throws ImportException if the file cannot be read or is not a table of its format
     */
    public ImportResult read(Path path) {
        Objects.requireNonNull(path, "path");
        String name = path.getFileName() == null
                ? path.toString()
                : path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, name, options);
        } catch (NoSuchFileException e) {
            throw new ImportException(name + ": no such file", e);
        } catch (IOException e) {
            throw new ImportException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Imports a stream.
     *
     * @param in the bytes; read to the end, not closed
     * @param sourceName the source's name, for warnings; its extension gives the format unless the options do
     * @param options the options for this import
     * @return the roadmap and the warnings
     * @throws ImportException if the stream cannot be read or is not a table of its format
     */
    public ImportResult read(InputStream in, String sourceName, ImportOptions options) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(options, "options");
        ImportFormat format =
                options.format().or(() -> ImportFormat.forFileName(sourceName)).orElse(ImportFormat.TEXT);
        SourceDocument doc;
        try {
            doc = reader(format).read(in, sourceName, options);
        } catch (IOException e) {
            throw new ImportException(sourceName + ": cannot be read: " + e.getMessage(), e);
        }
        return new Interpreter().interpret(doc, options);
    }

    /** The reader of a format. */
    private static FormatReader reader(ImportFormat format) {
        switch (format) {
            case CSV:
                return new CsvReader();
            case XLSX:
                return new XlsxReader();
            case DOCX:
                return new DocxReader();
            case TEXT:
            default:
                return new TextReader();
        }
    }
}
