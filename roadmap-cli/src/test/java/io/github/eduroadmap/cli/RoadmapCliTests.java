package io.github.eduroadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.io.RoadmapMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code roadmap} command, run in-process. */
class RoadmapCliTests {

    static final Path EXAMPLES = Path.of("..", "examples", "roadmaps");

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RoadmapCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Nested
    class Show {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.eduroadmap.cli.RoadmapCliTests#examples")
        void showsEveryExampleAsItsGoldenFileSays(String example) throws IOException {
            Run r = run("show", EXAMPLES.resolve(example).toString());
            assertThat(r.err()).isEmpty();
            assertThat(r.code()).isZero();
            Golden.assertMatches(
                    Path.of("src/test/resources/show", example.replace(".yaml", ".txt")),
                    r.out(),
                    "RoadmapCliTests$Show#showsEveryExampleAsItsGoldenFileSays");
        }

        @Test
        void showsHeadingsInEnglishOnRequest() {
            Run r = run(
                    "show",
                    "--lang",
                    "en",
                    EXAMPLES.resolve("ulchsky-district-2022.yaml").toString());
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Sections (5; activities 20):").contains("Executors (activities):");
        }

        @Test
        void aMissingFileIsUnreadable() {
            Run r = run("show", "no-such-roadmap.yaml");
            assertThat(r.code()).isEqualTo(RoadmapCli.UNREADABLE);
            assertThat(r.err()).isEqualTo("roadmap: no-such-roadmap.yaml: no such file\n");
            assertThat(r.out()).isEmpty();
        }

        @Test
        void aBrokenFileIsUnreadableAndTheMessageSaysWhere(@TempDir Path dir) throws IOException {
            Path file = dir.resolve("broken.yaml");
            Files.writeString(file, "schema: roadmap/1\nid: x\ntitle: t\nlevel: regionl\n", StandardCharsets.UTF_8);
            Run r = run("show", file.toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.UNREADABLE);
            assertThat(r.err()).startsWith("roadmap: " + file + ":4:8 /level: ").contains("regionl");
        }

        @Test
        void aFileOfUnknownFormatIsUnreadable(@TempDir Path dir) throws IOException {
            Path file = Files.writeString(dir.resolve("roadmap.txt"), "x");
            Run r = run("show", file.toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.UNREADABLE);
            assertThat(r.err()).contains("cannot tell the format").contains(".json, .yaml or .yml");
        }
    }

    @Nested
    class Convert {

        @Test
        void convertsYamlToJsonAndBackExactly(@TempDir Path dir) {
            Path yaml = EXAMPLES.resolve("mikhailovsky-district-2022.yaml");
            Path json = dir.resolve("m.json");
            Path back = dir.resolve("m.yaml");
            assertThat(run("convert", yaml.toString(), json.toString()).code()).isZero();
            assertThat(run("convert", json.toString(), back.toString()).code()).isZero();
            assertThat(RoadmapMapper.json().read(json))
                    .isEqualTo(RoadmapMapper.yaml().read(yaml));
            assertThat(RoadmapMapper.yaml().read(back))
                    .isEqualTo(RoadmapMapper.yaml().read(yaml));
        }

        @Test
        void refusesToOverwriteWithoutForce(@TempDir Path dir) throws IOException {
            Path out = Files.writeString(dir.resolve("out.json"), "{}");
            Run r = run(
                    "convert", EXAMPLES.resolve("ulchsky-district-2022.yaml").toString(), out.toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.USAGE);
            assertThat(r.err()).contains("exists; use --force");
            assertThat(Files.readString(out)).isEqualTo("{}");
            assertThat(run(
                                    "convert",
                                    "--force",
                                    EXAMPLES.resolve("ulchsky-district-2022.yaml")
                                            .toString(),
                                    out.toString())
                            .code())
                    .isZero();
        }

        @Test
        void anOutputThatCannotBeWrittenIsSaidInOneLine(@TempDir Path dir) {
            Path out = dir.resolve("no-such-directory").resolve("out.json");
            Run r = run(
                    "convert", EXAMPLES.resolve("ulchsky-district-2022.yaml").toString(), out.toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.CANNOT_WRITE);
            assertThat(r.err())
                    .startsWith("roadmap: cannot write " + out + ": ")
                    .doesNotContain("\tat ");
        }

        @Test
        void refusesAnOutputOfUnknownFormat(@TempDir Path dir) {
            Run r = run(
                    "convert",
                    EXAMPLES.resolve("ulchsky-district-2022.yaml").toString(),
                    dir.resolve("x.xml").toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.USAGE);
            assertThat(r.err()).contains("cannot tell the format of");
        }
    }

    @Nested
    class CommandLine {

        @Test
        void helpListsTheCommandsAndExitCodes() {
            Run r = run("--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("show").contains("convert").contains("Exit codes:");
        }

        @Test
        void anUnknownOptionIsAUsageError() {
            Run r = run("show", "--colour", "x.yaml");
            assertThat(r.code()).isEqualTo(RoadmapCli.USAGE);
            assertThat(r.err()).contains("Unknown option: '--colour'").contains("roadmap show --help");
        }

        @Test
        void noCommandIsAUsageError() {
            Run r = run();
            assertThat(r.code()).isEqualTo(RoadmapCli.USAGE);
            assertThat(r.err()).contains("a command is required");
        }
    }
}
