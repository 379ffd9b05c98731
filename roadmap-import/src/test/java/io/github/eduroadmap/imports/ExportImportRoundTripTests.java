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
            return;
        }
        ImportResult back = RoadmapImporter.create()
                .read(new ByteArrayInputStream(bytes), example + ".csv", ImportOptions.defaults());
        assertThat(back.roadmap()).isEqualTo(roadmap);
    }
}
