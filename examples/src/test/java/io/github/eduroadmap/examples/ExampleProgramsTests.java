package io.github.eduroadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Runs every example program and checks what it prints. */
class ExampleProgramsTests {

    private static List<String> run(Consumer<String[]> main) {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            main.accept(new String[0]);
        } finally {
            System.setOut(saved);
        }
        return Arrays.asList(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    }

    @Nested
    class QuickStartProgram {

        @Test
        void printsTheProblemsOfTheRoadmapAndItsReportsAndCountsTheErrors() {
            List<String> lines = run(QuickStart::main);
            assertThat(lines.get(lines.size() - 1)).isEqualTo("1 error(s)");
            assertThat(lines)
                    .contains("/reporting/0 [reporting.missing] ERROR: no report of \"Управление по работе с"
                            + " муниципальными учреждениями образования администрации города Владивостока\" for"
                            + " 2021-10, though it was due on 2021-11-10")
                    .anyMatch(l -> l.startsWith("monitoring#/reports/33/submitted [reporting.late] WARNING: "))
                    .noneMatch(l -> l.contains(" INFO: "));
        }
    }

    @Nested
    class ReportingDueDatesProgram {

        @Test
        void listsTheTwelveMonthlyReportsOf2021WithTheDueDatesMovedByArticle193() {
            List<String> lines = run(ReportingDueDates::main);
            assertThat(lines).hasSize(12);
            List<String> dues = lines.stream()
                    .map(l -> l.replaceAll(".*report due (\\d{4}-\\d{2}-\\d{2}).*", "$1"))
                    .collect(Collectors.toList());
            // the 10th of the month after each month of 2021; moved where the 10th is a day off (calendar README)
            assertThat(dues)
                    .containsExactly(
                            "2021-02-10",
                            "2021-03-10",
                            "2021-04-12",
                            "2021-05-11",
                            "2021-06-10",
                            "2021-07-12",
                            "2021-08-10",
                            "2021-09-10",
                            "2021-10-11",
                            "2021-11-10",
                            "2021-12-10",
                            "2022-01-10");
            assertThat(lines.stream().filter(l -> l.contains("moved from"))).hasSize(4);
        }
    }

    @Nested
    class OtherPrograms {

        @Test
        void parseDeadlinesReadsEveryPhraseAndKeepsTheUnreadableOne() {
            List<String> lines = run(ParseDeadlines::main);
            assertThat(lines).hasSize(9);
            assertThat(lines.get(0)).contains("MonthSpan");
            assertThat(lines.get(4)).contains("Combined");
            assertThat(lines.get(8)).contains("Сентяьбря").contains("Unparsed");
        }

        @Test
        void buildInCodeWritesTheRoadmapAsYaml() {
            List<String> lines = run(BuildInCode::main);
            assertThat(lines.get(0)).startsWith("unchanged original: true");
            assertThat(lines).contains("schema: roadmap/1").anyMatch(l -> l.contains("Сентябрь - октябрь"));
        }

        @Test
        void convertFormatsRoundTripsAndShowsAReadError() {
            List<String> lines = run(ConvertFormats::main);
            assertThat(lines.get(0)).endsWith("read back equal: true");
            assertThat(lines.get(1)).startsWith("<string>:4:8 /level: ").contains("regionl");
        }
    }
}
