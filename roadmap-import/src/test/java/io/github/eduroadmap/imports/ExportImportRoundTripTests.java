package io.github.eduroadmap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Roadmap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExportImportRoundTripTests {

    static final Path ROADMAPS = Path.of("..", "examples", "roadmaps");

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(ROADMAPS)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
        }
    }

    static Stream<Arguments> cases() throws IOException {
        return examples().stream()
                .flatMap(p -> Stream.of(
                        Arguments.of(p.getFileName().toString(), "csv", RoadmapExporter.csv()),
                        Arguments.of(p.getFileName().toString(), "xlsx", RoadmapExporter.xlsx()),
                        Arguments.of(p.getFileName().toString(), "docx", RoadmapExporter.docx())));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void importsEveryExampleBackToAnEqualRoadmap(String example, String extension, RoadmapExporter exporter) {
        Roadmap roadmap = RoadmapMapper.yaml().read(ROADMAPS.resolve(example));
        byte[] bytes = exporter.toBytes(roadmap);
        ImportResult back = RoadmapImporter.create()
                .read(new ByteArrayInputStream(bytes), example + "." + extension, ImportOptions.defaults());
        assertThat(RoadmapDifferences.of(roadmap, back.roadmap())).isEmpty();
        assertThat(back.warnings()).isEmpty();
        assertThat(back.roadmap()).isEqualTo(roadmap);
    }

    /**
     * The examples that cannot be written in Windows-1251, with the reason: their printed words hold characters the
     * code page lacks. The layout's own marks (typed annotations in ‹›) are all in Windows-1251.
     */
    static final java.util.Map<String, String> NOT_IN_WINDOWS_1251 = java.util.Map.of(
            "primorsky-krai-2021-low-results.yaml", "OCR noise of the scan: \"£\" in the approval's number",
            "primorsky-krai-2022-2023-education-quality.yaml", "the mangled signature block: the ligature \"ﬂ\"");

    static Stream<String> windows1251() throws IOException {
        return examples().stream().map(p -> p.getFileName().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("windows1251")
    void importsEveryExampleBackFromWindows1251OrSaysWhichCharacterItCannotWrite(String example) {
        Roadmap roadmap = RoadmapMapper.yaml().read(ROADMAPS.resolve(example));
        byte[] bytes;
        try {
            bytes = RoadmapExporter.csv(Charset.forName("windows-1251")).toBytes(roadmap);
        } catch (ExportException e) {
            assertThat(e.getMessage())
                    .matches("(?s).*the character \".+\" \\(U\\+[0-9A-F]{4,}\\) has no byte in" + " windows-1251.*");
            assertThat(NOT_IN_WINDOWS_1251)
                    .as("%s should export to Windows-1251", example)
                    .containsKey(example);
            return;
        }
        assertThat(NOT_IN_WINDOWS_1251).doesNotContainKey(example);
        ImportResult back = RoadmapImporter.create()
                .read(new ByteArrayInputStream(bytes), example + ".csv", ImportOptions.defaults());
        assertThat(back.roadmap()).isEqualTo(roadmap);
    }

    static Stream<Arguments> generated() {
        return Stream.of(
                Arguments.of("csv", RoadmapExporter.csv(), 40),
                Arguments.of("xlsx", RoadmapExporter.xlsx(), 12),
                Arguments.of("docx", RoadmapExporter.docx(), 12));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void importsGeneratedRoadmapsBackToEqualRoadmaps(String extension, RoadmapExporter exporter, int count) {
        io.github.eduroadmap.testing.RoadmapGenerator generator =
                io.github.eduroadmap.testing.RoadmapGenerator.builder()
                        .stressText(0.2)
                        .build();
        for (int i = 0; i < count; i++) {
            Roadmap roadmap = generator.generate(io.github.eduroadmap.testing.RoadmapGenerator.caseSeed(31L, i));
            ImportResult back = RoadmapImporter.create()
                    .read(
                            new ByteArrayInputStream(exporter.toBytes(roadmap)),
                            "g." + extension,
                            ImportOptions.defaults());
            assertThat(back.roadmap())
                    .as("case %d as %s: %s", i, extension, RoadmapDifferences.of(roadmap, back.roadmap()))
                    .isEqualTo(roadmap);
        }
    }
}
