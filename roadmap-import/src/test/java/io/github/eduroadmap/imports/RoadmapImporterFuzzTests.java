package io.github.eduroadmap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.eduroadmap.io.RoadmapFormat;
import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Roadmap;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzz tests of the importer: each format's reader and the interpreter, through
 * {@link RoadmapImporter}, on any bytes.
 *
 * <p>Whatever the bytes, an import gives a roadmap or an {@link ImportException} that names the source; nothing else
 * escapes. Every roadmap imported writes as JSON and YAML and reads back equal.
 *
 * <p>Each input may take 30 seconds: a slower one fails the regression run and is a timeout when fuzzing.
 *
 * <p>Without {@code JAZZER_FUZZ} each method runs once per file of its corpus in
 * {@code src/test/resources/io/github/eduroadmap/imports/RoadmapImporterFuzzTestsInputs/<method>/}. To fuzz, see
 * {@code docs/testing.md}.
 */
@Timeout(30)
class RoadmapImporterFuzzTests {

    /**
     * Plain text extracted from a table.
     *
     * @param input the bytes
     */
    @FuzzTest
    void importsAnyText(byte[] input) {
        importsOrRefuses(ImportFormat.TEXT, input);
    }

    /**
     * Comma-, semicolon- or tab-separated values in UTF-8 or Windows-1251.
     *
     * @param input the bytes
     */
    @FuzzTest
    void importsAnyCsv(byte[] input) {
        importsOrRefuses(ImportFormat.CSV, input);
    }

    /**
     * An Excel workbook.
     *
     * @param input the bytes
     */
    @FuzzTest
    void importsAnyXlsx(byte[] input) {
        importsOrRefuses(ImportFormat.XLSX, input);
    }

    /**
     * A Word document.
     *
     * @param input the bytes
     */
    @FuzzTest
    void importsAnyDocx(byte[] input) {
        importsOrRefuses(ImportFormat.DOCX, input);
    }

    private static void importsOrRefuses(ImportFormat format, byte[] input) {
        String source = "fuzzed." + format.extensions().get(0);
        ImportResult result;
        try {
            result = RoadmapImporter.create().read(new ByteArrayInputStream(input), source, ImportOptions.defaults());
        } catch (ImportException e) {
            assertThat(e.getMessage()).startsWith(source);
            return;
        }
        Roadmap roadmap = result.roadmap();
        assertThat(roadmap).isNotNull();
        assertThat(result.warnings()).doesNotContainNull();
        for (RoadmapFormat f : RoadmapFormat.values()) {
            RoadmapMapper mapper = RoadmapMapper.of(f);
            assertThat(mapper.read(mapper.writeToString(roadmap))).isEqualTo(roadmap);
        }
    }
}
