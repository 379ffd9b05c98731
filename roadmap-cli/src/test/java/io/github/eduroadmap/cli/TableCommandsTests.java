package io.github.eduroadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.io.RoadmapMapper;
import io.github.eduroadmap.model.Roadmap;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code roadmap import}, {@code export} and {@code calendar}, run in-process. */
class TableCommandsTests {

    static final Path EXAMPLES = Path.of("..", "examples", "roadmaps");
    static final Path SEEDS = Path.of("..", "examples", "seeds");
    static final Path ULCHSKY = EXAMPLES.resolve("ulchsky-district-2022.yaml");
    static final Path PRIMORSKY_2021 = EXAMPLES.resolve("primorsky-krai-2021-low-results.yaml");

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RoadmapCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Nested
    class Export {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"csv", "xlsx", "docx"})
        void writesATableThatImportsBackToAnEqualRoadmap(String extension, @TempDir Path dir) {
            Path table = dir.resolve("ulchsky." + extension);
            Path back = dir.resolve("back.yaml");
            Run export = run("export", ULCHSKY.toString(), "-o", table.toString());
            assertThat(export.err()).isEmpty();
            assertThat(export.code()).isZero();
            Run imported = run("import", table.toString(), "-o", back.toString());
            assertThat(imported.err()).isEmpty();
            assertThat(imported.code()).isZero();
            assertThat(imported.out())
                    .isEqualTo("roadmap: ulchsky." + extension + " -> " + back
                            + ": 5 sections, 20 activities, 0 warnings\n");
            assertThat(RoadmapMapper.yaml().read(back))
                    .isEqualTo(RoadmapMapper.yaml().read(ULCHSKY));
        }

        @Test
        void writesMarkdown(@TempDir Path dir) throws IOException {
            Path md = dir.resolve("ulchsky.md");
            assertThat(run("export", ULCHSKY.toString(), "-o", md.toString()).code())
                    .isZero();
            assertThat(Files.readString(md)).contains("| № | Мероприятие | Срок | Исполнители | Результаты |");
        }

        @Test
        void writesWindows1251ForRussianExcel(@TempDir Path dir) throws IOException {
            Path csv = dir.resolve("m.csv");
            Path mikhailovsky = EXAMPLES.resolve("mikhailovsky-district-2022.yaml");
            assertThat(run("export", mikhailovsky.toString(), "-o", csv.toString(), "--encoding", "windows-1251")
                            .code())
                    .isZero();
            assertThat(new String(Files.readAllBytes(csv), Charset.forName("windows-1251")))
                    .startsWith("Дорожная карта;");
        }

        @Test
        void saysWhichCharacterWindows1251CannotHold(@TempDir Path dir) {
            Run r = run(
                    "export",
                    PRIMORSKY_2021.toString(),
                    "-o",
                    dir.resolve("x.csv").toString(),
                    "--encoding",
                    "cp1251");
            assertThat(r.code()).isEqualTo(RoadmapCli.CANNOT_WRITE);
            assertThat(r.err())
                    .startsWith("roadmap: primorsky-krai-2021-low-results: record ")
                    .contains("has no byte in windows-1251; write UTF-8 instead");
            assertThat(dir.resolve("x.csv")).doesNotExist();
        }

        @Test
        void refusesAnOutputOfUnknownFormatAndAnEncodingForWord(@TempDir Path dir) {
            Run unknown =
                    run("export", ULCHSKY.toString(), "-o", dir.resolve("x.pdf").toString());
            assertThat(unknown.code()).isEqualTo(RoadmapCli.USAGE);
            assertThat(unknown.err()).contains("cannot tell the format of").contains(".csv, .xlsx, .docx or .md");
            Run encoding = run(
                    "export", ULCHSKY.toString(), "-o", dir.resolve("x.docx").toString(), "--encoding", "utf-8");
            assertThat(encoding.code()).isEqualTo(RoadmapCli.USAGE);
            assertThat(encoding.err()).contains("--encoding is for CSV only");
        }

        @Test
        void anOutputThatCannotBeWrittenExitsWith73(@TempDir Path dir) {
            Run r = run(
                    "export",
                    ULCHSKY.toString(),
                    "-o",
                    dir.resolve("no/such/dir/x.xlsx").toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.CANNOT_WRITE);
            assertThat(r.err()).startsWith("roadmap: ").contains("cannot write");
        }
    }

    @Nested
    class Import {
        @Test
        void importsASeedTextAndPrintsTheWarningsWithTheirRows(@TempDir Path dir) {
            Path out = dir.resolve("r.json");
            Run r = run("import", SEEDS.resolve("002_e8b8425e262cf782.txt").toString(), "-o", out.toString());
            assertThat(r.code()).isZero();
            List<String> warnings = r.err().lines().toList();
            assertThat(warnings).isNotEmpty();
            Pattern line = Pattern.compile(
                    "roadmap: warning: 002_e8b8425e262cf782\\.txt:(\\d+)(:\\d+)? \\[import\\.[a-z-]+] .+");
            assertThat(warnings).allSatisfy(w -> {
                Matcher m = line.matcher(w);
                assertThat(m.matches()).as(w).isTrue();
                assertThat(Integer.parseInt(m.group(1))).isPositive();
            });
            assertThat(RoadmapMapper.json().read(out).activities()).hasSize(28);
        }

        @Test
        void takesTheEncodingDelimiterAndMetadataGiven(@TempDir Path dir) throws IOException {
            Path csv = dir.resolve("plan.csv");
            Files.write(
                    csv,
                    ("№,Срок исполнения,Мероприятие,Ответственный исполнитель,Ожидаемый результат\r\n"
                                    + "1.,Март,Семинар,ИРО,Проведён\r\n")
                            .getBytes(Charset.forName("windows-1251")));
            Path out = dir.resolve("plan.yaml");
            Run r = run(
                    "import",
                    csv.toString(),
                    "-o",
                    out.toString(),
                    "--format",
                    "csv",
                    "--encoding",
                    "windows-1251",
                    "--delimiter",
                    ",",
                    "--id",
                    "plan-2022",
                    "--level",
                    "school",
                    "--period",
                    "2022",
                    "--time-zone",
                    "Asia/Vladivostok");
            assertThat(r.code()).as(r.err()).isZero();
            Roadmap roadmap = RoadmapMapper.yaml().read(out);
            assertThat(roadmap.id().value()).isEqualTo("plan-2022");
            assertThat(roadmap.level().name()).isEqualTo("SCHOOL");
            assertThat(roadmap.period().orElseThrow().toString()).isEqualTo("2022-01-01/2022-12-31");
            assertThat(roadmap.activities()).singleElement().satisfies(a -> {
                assertThat(a.title()).isEqualTo("Семинар");
                assertThat(a.deadline().orElseThrow().text()).isEqualTo("Март");
            });
        }

        @Test
        void aBrokenTableIsUnreadableAndTheMessageSaysWhere(@TempDir Path dir) throws IOException {
            Path csv = Files.writeString(dir.resolve("broken.csv"), "a;b\n1;\"open\n2;3\n", StandardCharsets.UTF_8);
            Run r = run("import", csv.toString(), "-o", dir.resolve("x.yaml").toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.UNREADABLE);
            assertThat(r.err()).startsWith("roadmap: broken.csv:2: a quoted cell opened on this line never closes");
            assertThat(dir.resolve("x.yaml")).doesNotExist();
        }

        @Test
        void aWorkbookNamedDocxIsUnreadable(@TempDir Path dir) {
            Path table = dir.resolve("t.xlsx");
            assertThat(run("export", ULCHSKY.toString(), "-o", table.toString()).code())
                    .isZero();
            Run r = run(
                    "import",
                    table.toString(),
                    "--format",
                    "docx",
                    "-o",
                    dir.resolve("x.yaml").toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.UNREADABLE);
            assertThat(r.err()).isEqualTo("roadmap: t.xlsx: an Excel .xlsx workbook, not a Word .docx document\n");
        }

        @Test
        void aMissingInputIsUnreadable(@TempDir Path dir) {
            Run r = run(
                    "import", "no-such-table.docx", "-o", dir.resolve("x.yaml").toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.UNREADABLE);
            assertThat(r.err()).isEqualTo("roadmap: no-such-table.docx: no such file\n");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(
                strings = {
                    "--format=pdf",
                    "--encoding=klingon",
                    "--delimiter=;;",
                    "--level=county",
                    "--period=2022/13",
                    "--time-zone=Mars/Olympus"
                })
        void aWrongOptionIsAUsageError(String option, @TempDir Path dir) {
            Run r = run(
                    "import",
                    SEEDS.resolve("000_fb2531e3bb46fa4a.txt").toString(),
                    "-o",
                    dir.resolve("x.yaml").toString(),
                    option);
            assertThat(r.code()).isEqualTo(RoadmapCli.USAGE);
            assertThat(r.err()).startsWith("roadmap: " + option.substring(0, option.indexOf('=')) + " ");
        }

        @Test
        void refusesToOverwriteWithoutForceAndNeedsAnOutput(@TempDir Path dir) throws IOException {
            Path out = Files.writeString(dir.resolve("x.yaml"), "keep");
            Run r = run("import", SEEDS.resolve("000_fb2531e3bb46fa4a.txt").toString(), "-o", out.toString());
            assertThat(r.code()).isEqualTo(RoadmapCli.USAGE);
            assertThat(Files.readString(out)).isEqualTo("keep");
            Run none = run("import", SEEDS.resolve("000_fb2531e3bb46fa4a.txt").toString());
            assertThat(none.code()).isEqualTo(RoadmapCli.USAGE);
            assertThat(none.err()).contains("Missing required option: '--output=OUT'");
        }
    }

    @Nested
    class Calendar {
        @Test
        void writesTheDueDatesOfAYearAndSaysHowMany(@TempDir Path dir) throws IOException {
            Path ics = dir.resolve("2021.ics");
            Run r = run("calendar", PRIMORSKY_2021.toString(), "-o", ics.toString());
            assertThat(r.err()).isEmpty();
            assertThat(r.code()).isZero();
            assertThat(r.out()).startsWith("roadmap: " + ics + ": ").endsWith(" events\n");
            String text = Files.readString(ics);
            assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20210412\r\n");
        }

        @Test
        void keepsTheDueDatesOfARange(@TempDir Path dir) throws IOException {
            Path ics = dir.resolve("spring.ics");
            Run r = run(
                    "calendar",
                    PRIMORSKY_2021.toString(),
                    "-o",
                    ics.toString(),
                    "--from",
                    "2021-04-01",
                    "--to",
                    "2021-05-31");
            assertThat(r.code()).isZero();
            String text = Files.readString(ics);
            assertThat(text)
                    .contains("DTSTART;VALUE=DATE:20210412")
                    .contains("DTSTART;VALUE=DATE:20210511")
                    .doesNotContain("DTSTART;VALUE=DATE:20210310")
                    .doesNotContain("DTSTART;VALUE=DATE:20210610");
        }

        @Test
        void refusesARangeThatEndsBeforeItStartsAndAnotherExtension(@TempDir Path dir) {
            Run backwards = run(
                    "calendar",
                    PRIMORSKY_2021.toString(),
                    "-o",
                    dir.resolve("x.ics").toString(),
                    "--from",
                    "2021-05-01",
                    "--to",
                    "2021-04-01");
            assertThat(backwards.code()).isEqualTo(RoadmapCli.USAGE);
            assertThat(backwards.err()).contains("--to 2021-04-01 lies before --from 2021-05-01");
            Run other = run(
                    "calendar",
                    PRIMORSKY_2021.toString(),
                    "-o",
                    dir.resolve("x.txt").toString());
            assertThat(other.code()).isEqualTo(RoadmapCli.USAGE);
            Run date = run(
                    "calendar",
                    PRIMORSKY_2021.toString(),
                    "-o",
                    dir.resolve("x.ics").toString(),
                    "--from",
                    "1 марта");
            assertThat(date.code()).isEqualTo(RoadmapCli.USAGE);
        }
    }

    @Test
    void helpListsTheNewCommands() {
        assertThat(run("--help").out()).contains("import").contains("export").contains("calendar");
    }
}
