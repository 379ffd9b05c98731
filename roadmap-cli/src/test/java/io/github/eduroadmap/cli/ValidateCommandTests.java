package io.github.eduroadmap.cli;

import static io.github.eduroadmap.cli.RoadmapCliTests.EXAMPLES;
import static io.github.eduroadmap.cli.RoadmapCliTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.cli.RoadmapCliTests.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roadmap validate}: exit codes, formats, several files, monitoring documents. */
class ValidateCommandTests {

    /** A roadmap with one structural error (a blank activity title) and nothing else to say. */
    static final String BROKEN = String.join(
            "\n",
            "schema: roadmap/1",
            "id: broken-2022",
            "title: План 2022",
            "level: school",
            "period: \"2022\"",
            "sections:",
            "  - title: Раздел",
            "    activities:",
            "      - title: \" \"",
            "");

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Nested
    class ExitCodes {

        @Test
        void anErrorFailsTheValidationWithExitCodeOne(@TempDir Path dir) throws IOException {
            Path file = write(dir, "broken.yaml", BROKEN);
            Run r = run(
                    "validate", "--as-of", "2022-06-01", "--lang", "en", "--only", "structure.blank", file.toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.FAILED);
            assertThat(r.out())
                    .contains("/sections/0/activities/0/title [structure.blank] ERROR: ")
                    .endsWith("errors 1, warnings 0, notes 0: " + file + "\n");
            assertThat(r.err()).isEmpty();
        }

        @Test
        void anUnreadableFileIsExitCodeTwoAndTheOthersAreStillValidated(@TempDir Path dir) throws IOException {
            Path good = EXAMPLES.resolve("ulchsky-district-2022.yaml");
            Path bad = write(dir, "bad.yaml", "schema: roadmap/1\nid: [\n");
            Run r = run("validate", "--as-of", "2022-12-31", "--lang", "en", bad.toString(), good.toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.UNREADABLE);
            assertThat(r.err()).startsWith("roadmap: " + bad + ":");
            assertThat(r.out()).contains("== " + good);
        }

        @Test
        void anUnknownRuleCodeIsAUsageErrorNamingTheKnownCodes() {
            Run r = run(
                    "validate",
                    "--only",
                    "numbering.gapp",
                    EXAMPLES.resolve("ulchsky-district-2022.yaml").toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.USAGE);
            assertThat(r.err())
                    .contains("no rule has the code numbering.gapp; the codes are ")
                    .contains("structure.blank");
        }

        @Test
        void aDateThatIsNotADateIsAUsageError() {
            Run r = run(
                    "validate",
                    "--as-of",
                    "31.12.2021",
                    EXAMPLES.resolve("ulchsky-district-2022.yaml").toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.USAGE);
            assertThat(r.err()).contains("--as-of");
        }
    }

    @Nested
    class Json {

        @Test
        void oneFileGivesTheReportItself(@TempDir Path dir) throws IOException {
            Path file = write(dir, "broken.yaml", BROKEN);
            Run r = run("validate", "--format", "json", "--lang", "en", "--only", "structure.blank", file.toString());
            assertThat(r.out())
                    .startsWith("{\n  \"schema\": \"validation-report/1\",\n  \"valid\": false,")
                    .contains("\"code\": \"structure.blank\"");
        }

        @Test
        void manyFilesAreValidatedInTheOrderGiven(@TempDir Path dir) throws IOException {
            List<String> args =
                    new ArrayList<>(List.of("validate", "--lang", "en", "--quiet", "--only", "structure.blank"));
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < 30; i++) {
                String name = String.format("f%02d.yaml", i);
                Path file = write(dir, name, BROKEN + "# " + "x".repeat(30_000 - 1000 * i) + "\n");
                args.add(file.toString());
                expected.append("== ").append(file).append('\n');
            }

            Run r = run(args.toArray(new String[0]));

            assertThat(r.code()).isEqualTo(RoadmapCli.FAILED);
            assertThat(r.out().lines().filter(l -> l.startsWith("== ")))
                    .containsExactlyElementsOf(expected.toString().lines().toList());
            assertThat(r.out().lines().filter(l -> l.startsWith("errors ")).distinct())
                    .hasSize(1);
        }

        @Test
        void severalFilesGiveOneResultPerFileAndTheReadErrors(@TempDir Path dir) throws IOException {
            Path file = write(dir, "broken.yaml", BROKEN);
            Path bad = write(dir, "bad.json", "{");
            Run r = run("validate", "--format", "json", "--only", "structure.blank", file.toString(), bad.toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.UNREADABLE);
            assertThat(r.out())
                    .startsWith("{\"schema\": \"validation-results/1\", \"files\": [")
                    .contains("{\"file\": \"" + file + "\", \"report\": {")
                    .contains("{\"file\": \"" + bad + "\", \"error\": \"" + bad + ":");
        }
    }

    @Nested
    class Monitoring {

        @Test
        void aMonitoringDocumentIsCheckedWithTheRoadmapItNames(@TempDir Path dir) throws IOException {
            Path roadmap = write(dir, "broken.yaml", BROKEN);
            Path monitoring = write(
                    dir,
                    "m.yaml",
                    "schema: monitoring/1\nroadmap: broken-2022\nreports:\n"
                            + "  - {period: \"2022-03\", reporter: \" \", submitted: 2022-04-11}\n");
            Run r = run(
                    "validate",
                    "--lang",
                    "en",
                    "--only",
                    "structure.blank",
                    "--monitoring",
                    monitoring.toString(),
                    roadmap.toString());
            assertThat(r.out()).contains("monitoring#/reports/0/reporter [structure.blank] ERROR: ");
        }

        @Test
        void aMonitoringDocumentOfAnotherRoadmapCannotBeChecked(@TempDir Path dir) throws IOException {
            Path roadmap = write(dir, "broken.yaml", BROKEN);
            Path monitoring = write(dir, "m.yaml", "schema: monitoring/1\nroadmap: other-roadmap\n");
            Run r = run("validate", "--only", "structure.blank", roadmap.toString(), monitoring.toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.UNREADABLE);
            assertThat(r.err()).contains("names the roadmap other-roadmap, which is not among the files");
        }
    }

    @Nested
    class SchemaOnly {

        @Test
        void aDocumentThatReadsIsValidEvenWhenRulesWouldFindErrors(@TempDir Path dir) throws IOException {
            Path file = write(dir, "broken.yaml", BROKEN);
            Run r = run("validate", "--schema-only", "--lang", "en", file.toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.OK);
            assertThat(r.out()).isEqualTo("valid: " + file + "\n");
            assertThat(r.err()).isEmpty();
        }

        @Test
        void eachFileGetsAVerdictAndAnUnreadableOneIsExitCodeTwo(@TempDir Path dir) throws IOException {
            Path good = EXAMPLES.resolve("ulchsky-district-2022.yaml");
            Path bad = write(
                    dir, "bad.json", "{\"schema\": \"roadmap/1\", \"id\": \"x\", \"title\": \"t\", \"level\": 5}");
            Run r = run("validate", "--schema-only", bad.toString(), good.toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.UNREADABLE);
            assertThat(r.out()).isEqualTo("корректен: " + good + "\n");
            assertThat(r.err()).startsWith("roadmap: " + bad + ":1:").contains("/level");
        }

        @Test
        void anUnknownFieldIsRefusedAsTheSchemaRefusesIt(@TempDir Path dir) throws IOException {
            Path file = write(dir, "extra.yaml", BROKEN + "colour: red\n");
            Run r = run("validate", "--schema-only", file.toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.UNREADABLE);
            assertThat(r.err()).contains("colour");
        }

        @Test
        void manyFilesAreReportedInTheOrderGivenWhateverThreadReadThem(@TempDir Path dir) throws IOException {
            List<String> args = new ArrayList<>(List.of("validate", "--schema-only", "--lang", "en"));
            StringBuilder out = new StringBuilder();
            List<String> errors = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                // every third file is broken, the larger ones first so that a later, smaller file tends to finish first
                String name = String.format("f%02d.yaml", i);
                if (i % 3 == 2) {
                    write(dir, name, "schema: roadmap/1\nid: [\n");
                    errors.add("roadmap: " + dir.resolve(name) + ":2:");
                } else {
                    write(dir, name, BROKEN + "# " + "x".repeat(40_000 - 1000 * i) + "\n");
                    out.append("valid: ").append(dir.resolve(name)).append('\n');
                }
                args.add(dir.resolve(name).toString());
            }

            Run r = run(args.toArray(new String[0]));

            assertThat(r.code()).isEqualTo(RoadmapCli.UNREADABLE);
            assertThat(r.out()).isEqualTo(out.toString());
            assertThat(r.err().lines().map(l -> l.substring(0, l.indexOf(":2:") + 3)))
                    .containsExactlyElementsOf(errors);
        }

        @Test
        void jsonSaysWhichFilesAreValid(@TempDir Path dir) throws IOException {
            Path good = write(dir, "broken.yaml", BROKEN);
            Path bad = write(dir, "bad.yaml", "schema: roadmap/1\nid: [\n");
            Run r = run("validate", "--schema-only", "--format", "json", good.toString(), bad.toString());
            assertThat(r.out())
                    .startsWith("{\"schema\": \"validation-results/1\", \"files\": [")
                    .contains("{\"file\": \"" + good + "\", \"valid\": true}")
                    .contains("{\"file\": \"" + bad + "\", \"error\": \"" + bad + ":");
        }
    }
}
