package io.github.eduroadmap.benchmarks;

import io.github.eduroadmap.imports.ImportOptions;
import io.github.eduroadmap.imports.ImportResult;
import io.github.eduroadmap.imports.RoadmapExporter;
import io.github.eduroadmap.imports.RoadmapImporter;
import io.github.eduroadmap.model.Roadmap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Importing an activity table into a roadmap: a generated roadmap of {@code input} activities written by {@link
 * RoadmapExporter} as CSV (UTF-8 with BOM, {@code ;}) and as .xlsx, read back by {@link RoadmapImporter} with its
 * format, encoding and delimiter detected. Each import is paired with the cost of merely reading the same bytes:
 * Jackson's CSV reader turning them into a tree of rows, and Apache POI opening the workbook and reading every cell.
 * There is no budget on import; {@code docs/performance.md} records the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 2,
        jvmArgsAppend = {"-Xmx4g", "-Dfile.encoding=UTF-8"})
public class ImportBenchmarks {

    /** The number of activities of the table: the issue asks for 1,000 rows. */
    @Param({"1000"})
    public String input;

    private static final RoadmapImporter IMPORTER = RoadmapImporter.create();

    /** Jackson's CSV reader of rows as arrays of cells, {@code ;} between them, the header a row like any other. */
    private static final ObjectReader CSV_ROWS = new CsvMapper()
            .readerFor(JsonNode.class)
            .with(CsvSchema.emptySchema().withColumnSeparator(';'))
            .with(CsvReadFeature.WRAP_AS_ARRAY);

    private byte[] csv;
    private byte[] xlsx;

    /** Creates the benchmark. */
    public ImportBenchmarks() {}

    /** Writes the table once per trial. */
    @Setup(Level.Trial)
    public void setUp() {
        Roadmap roadmap = Corpus.of(input).roadmaps()[0];
        csv = RoadmapExporter.csv().toBytes(roadmap);
        xlsx = RoadmapExporter.xlsx().toBytes(roadmap);
    }

    /**
     * Imports the CSV table.
     *
     * @return the result
     */
    @Benchmark
    public ImportResult importCsv() {
        return IMPORTER.read(new ByteArrayInputStream(csv), "table.csv", ImportOptions.defaults());
    }

    /**
     * The baseline of {@link #importCsv}: Jackson's CSV reader of the same bytes, rows as arrays of cells.
     *
     * @return the rows
     */
    @Benchmark
    public JsonNode importCsvRows() {
        return CSV_ROWS.readValue(csv);
    }

    /**
     * Imports the .xlsx table.
     *
     * @return the result
     */
    @Benchmark
    public ImportResult importXlsx() {
        return IMPORTER.read(new ByteArrayInputStream(xlsx), "table.xlsx", ImportOptions.defaults());
    }

    /**
     * The baseline of {@link #importXlsx}: Apache POI opens the same bytes and reads every cell's text.
     *
     * @param bh the sink
     */
    @Benchmark
    public void importXlsxCells(Blackhole bh) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        bh.consume(cell.toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
