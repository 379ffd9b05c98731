package io.github.eduroadmap.validation.internal.rules;

import static io.github.eduroadmap.validation.internal.rules.Fixtures.EN;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.RU;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.activity;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.numbered;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.of;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.run;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.section;
import static io.github.eduroadmap.validation.internal.rules.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.validation.Severity;
import io.github.eduroadmap.validation.Violation;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The numbering rules: gaps, duplicates, unnumbered rows and styles, over the numbering styles of the seeds. */
class NumberingRulesTests {

    @Nested
    class PrintedNumbers {

        static Stream<Arguments> seedStyles() {
            return Stream.of(
                    // printed, parent, value, style
                    Arguments.of("1.", "", 1, "A."), // seed 000 activities, 003 and 004
                    Arguments.of("1", "", 1, "A"), // seed 001 activities
                    Arguments.of("1.1", "1", 1, "A.A"), // seed 003
                    Arguments.of("1.3.", "1", 3, "A.A."), // seed 003
                    Arguments.of("  3.4.", "3", 4, "A.A."), // seed 003, printed with spaces
                    Arguments.of("Задача 1.", "", 1, "Задача A."), // seeds 000 and 002 sections
                    Arguments.of("I.", "", 1, "R."), // seed 001 sections
                    Arguments.of("II. 2.", "", 2, "R=A."), // seed 001: Roman and Arabic at once
                    Arguments.of("3.", "", 3, "A."), // seed 001 sections
                    Arguments.of("41.", "", 41, "A."), // seed 004
                    Arguments.of("Блок 2", "", 2, "Блок A"),
                    Arguments.of("XIV", "", 14, "R"),
                    Arguments.of("I.2", "I", 2, "R.A"));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @MethodSource("seedStyles")
        void readTheNumberingStylesOfTheSeeds(String printed, String parent, int value, String style) {
            PrintedNumber n = PrintedNumber.parse(printed).orElseThrow();
            assertThat(n.parent()).isEqualTo(parent);
            assertThat(n.value()).isEqualTo(value);
            assertThat(n.style()).isEqualTo(style);
        }

        @ParameterizedTest(name = "\"{0}\"")
        @MethodSource("io.github.eduroadmap.validation.internal.rules.NumberingRulesTests#notNumbers")
        void leaveWhatIsNoNumberUnread(String printed) {
            assertThat(PrintedNumber.parse(printed)).isEmpty();
        }

        @Test
        void showNumbersWithoutLabelAndFinalDot() {
            assertThat(PrintedNumber.parse("Задача 2.").orElseThrow().shown()).isEqualTo("2");
            assertThat(PrintedNumber.parse("II. 2.").orElseThrow().shown()).isEqualTo("II. 2");
            assertThat(PrintedNumber.parse("1.3.").orElseThrow().shown()).isEqualTo("1.3");
        }

        @Test
        void nameSiblingsTheWayTheNumberIsWritten() {
            assertThat(PrintedNumber.parse("IV.").orElseThrow().sibling(3)).isEqualTo("III");
            assertThat(PrintedNumber.parse("1.3.").orElseThrow().sibling(2)).isEqualTo("1.2");
            assertThat(PrintedNumber.parse("II. 2.").orElseThrow().sibling(1)).isEqualTo("1");
            assertThat(PrintedNumber.parse("7.").orElseThrow().sibling(6)).isEqualTo("6");
        }

        @Test
        void readRomanNumeralsStrictly() {
            assertThat(PrintedNumber.roman("MCMXCIV")).isEqualTo(1994);
            assertThat(PrintedNumber.roman("IIII")).isZero();
            assertThat(PrintedNumber.roman("ХІ")).isEqualTo(11); // Cyrillic look-alikes
            assertThat(PrintedNumber.toRoman(2022)).isEqualTo("MMXXII");
        }
    }

    static Stream<String> notNumbers() {
        return Stream.of("", "*", "5а", "а.", "1.II", "IIII", "12345678", "II III");
    }

    @Nested
    class Gap {

        @Test
        void isReportedWithTheNumbersBeforeAndAfterAndTheMissingOne() {
            // seed 000: "1.".."3.", "4.", then "5." and "7." in Задача 3
            Roadmap r = of(
                    section("Задача 1.", numbered("1.", "2.", "3.")),
                    section("Задача 2.", numbered("4.")),
                    section("Задача 3.", numbered("5.", "7.")));
            assertThat(run("numbering.gap", RU, r))
                    .containsExactly(
                            "/sections/2/activities/1/number [numbering.gap] WARNING: после № 5 идёт № 7, № 6 отсутствует");
            assertThat(run("numbering.gap", EN, r))
                    .containsExactly(
                            "/sections/2/activities/1/number [numbering.gap] WARNING: number 7 follows number 5;"
                                    + " number 6 is missing");
            Violation v = violations("numbering.gap", r).get(0);
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.arguments())
                    .containsExactly(Map.entry("previous", "5"), Map.entry("number", "7"), Map.entry("missing", "6"));
        }

        @Test
        void listsSeveralMissingNumbers() {
            Roadmap r = of(section("1.", numbered("1.", "4.")));
            assertThat(run("numbering.gap", RU, r))
                    .containsExactly(
                            "/sections/0/activities/1/number [numbering.gap] WARNING: после № 1 идёт № 4, № 2, 3"
                                    + " отсутствуют");
            assertThat(run("numbering.gap", EN, r))
                    .containsExactly(
                            "/sections/0/activities/1/number [numbering.gap] WARNING: number 4 follows number 1;"
                                    + " numbers 2, 3 are missing");
        }

        @Test
        void showsAWideGapAsARange() {
            Roadmap r = of(section("1.", numbered("1.", "10.")));
            assertThat(run("numbering.gap", RU, r))
                    .containsExactly("/sections/0/activities/1/number [numbering.gap] WARNING: после № 1 идёт № 10, №"
                            + " 2–9 отсутствуют");
        }

        @Test
        void amongSectionsInRomanNumeralsNamesTheMissingOneInRomanNumerals() {
            Roadmap r = of(section("I.", activity("1")), section("III.", activity("1")));
            assertThat(run("numbering.gap", RU, r))
                    .containsExactly(
                            "/sections/1/number [numbering.gap] WARNING: после № I идёт № III, № II отсутствует");
        }

        @Test
        void amongDottedNumbersKeepsTheParent() {
            Roadmap r = of(section("1.", numbered("1.1", "1.3.")));
            assertThat(run("numbering.gap", RU, r))
                    .containsExactly(
                            "/sections/0/activities/1/number [numbering.gap] WARNING: после № 1.1 идёт № 1.3, №"
                                    + " 1.2 отсутствует");
        }

        @Test
        void atTheStartIsReportedWhenSectionsDoNotBeginAtOne() {
            Roadmap r = of(section("Задача 2.", activity("1.")), section("Задача 3.", activity("1.")));
            assertThat(run("numbering.gap", RU, r))
                    .containsExactly("/sections/0/number [numbering.gap] WARNING: нумерация начинается с № 2, № 1"
                            + " отсутствует");
            assertThat(run("numbering.gap", EN, r))
                    .containsExactly("/sections/0/number [numbering.gap] WARNING: the numbering starts at number 2;"
                            + " number 1 is missing");
        }

        @Test
        void atTheStartOfDottedNumbersListsSeveral() {
            Roadmap r = of(section("1.", numbered("1.3.", "1.4.")));
            assertThat(run("numbering.gap", RU, r))
                    .containsExactly("/sections/0/activities/0/number [numbering.gap] WARNING: нумерация начинается с №"
                            + " 1.3, № 1.1, 1.2 отсутствуют");
            assertThat(run("numbering.gap", EN, r))
                    .containsExactly("/sections/0/activities/0/number [numbering.gap] WARNING: the numbering starts at"
                            + " number 1.3; numbers 1.1, 1.2 are missing");
        }

        @Test
        void acrossSectionsIsFoundWhenNumbersRunOn() {
            Roadmap r = of(section(null, numbered("1.", "2.", "3.")), section(null, numbered("5.", "6.")));
            assertThat(run("numbering.gap", RU, r))
                    .containsExactly(
                            "/sections/1/activities/0/number [numbering.gap] WARNING: после № 3 идёт № 5, № 4 отсутствует");
        }

        @Test
        void isNoneWhereNumbersRestartInEachSection() {
            // seed 001: "1".."5", then "1".."20", ...
            Roadmap r = of(
                    section("I.", numbered("1", "2", "3", "4", "5")),
                    section("II. 2.", numbered("1", "2", "3")),
                    section("3.", numbered("1", "2")));
            assertThat(run("numbering.gap", RU, r)).isEmpty();
        }

        @Test
        void isNoneWhereNumbersRunOnFromSectionToSection() {
            // seed 000: "1.".."3.", "4.", "5."
            Roadmap r = of(
                    section("Задача 1.", numbered(null, "1.", "2.", "3.")),
                    section("Задача 2.", numbered("4.")),
                    section("Задача 3.", numbered("5.", "6.")));
            assertThat(run("numbering.gap", RU, r)).isEmpty();
        }

        @Test
        void isNoneForDottedNumbersOfEachSection() {
            // seed 003: "1.1", "1.2", "1.3." ... "2.1." ...
            Roadmap r = of(section("1.", numbered("1.1", "1.2", "1.3.")), section("2.", numbered("2.1.", "2.2.")));
            assertThat(run("numbering.gap", RU, r)).isEmpty();
        }

        @Test
        void isNoneWhenTheSkippedNumberStandsElsewhereInTheSeries() {
            Roadmap r = of(section("1.", numbered("1.", "3.", "2.", "4.")));
            assertThat(run("numbering.gap", RU, r)).isEmpty();
        }

        @Test
        void isNoneWhereUnnumberedRowsTakeExactlyTheMissingPlaces() {
            // seed 004: "11." | unnumbered, "13." ... "18.", unnumbered, "20."
            Roadmap r = of(section(null, numbered("1.", "2.")), section(null, numbered(null, "4.", null, "6.")));
            assertThat(run("numbering.gap", RU, r)).isEmpty();
        }

        @Test
        void isNoneWithoutNumbers() {
            // seed 002: no activity is numbered
            Roadmap r = of(section("Задача 1.", numbered(null, null)), section("Задача 2.", numbered(null)));
            assertThat(run("numbering.gap", RU, r)).isEmpty();
        }
    }

    @Nested
    class Duplicate {

        @Test
        void isReportedAtTheSecondNumberWithTheFirst() {
            // seed 001: sections "I.", "II. 2.", "3.", "4.", "5.", "5."
            Roadmap r = of(
                    section("I.", activity("1")),
                    section("II. 2.", activity("1")),
                    section("3.", activity("1")),
                    section("4.", activity("1")),
                    section("5.", activity("1")),
                    section("5.", activity("1")));
            assertThat(run("numbering.duplicate", RU, r))
                    .containsExactly("/sections/5/number [numbering.duplicate] WARNING: № 5 повторяется: он уже стоит в"
                            + " /sections/4/number");
            assertThat(run("numbering.duplicate", EN, r))
                    .containsExactly(
                            "/sections/5/number [numbering.duplicate] WARNING: number 5 is repeated: it already"
                                    + " stands at /sections/4/number");
            assertThat(run("numbering.gap", RU, r)).isEmpty();
        }

        @Test
        void comparesNumbersNotTheirPrinting() {
            Roadmap r = of(section("1.", numbered("1.", "2", "2.")));
            assertThat(run("numbering.duplicate", RU, r))
                    .containsExactly(
                            "/sections/0/activities/2/number [numbering.duplicate] WARNING: № 2 повторяется: он"
                                    + " уже стоит в /sections/0/activities/1/number");
        }

        @Test
        void isNoneBetweenSectionsThatRestartTheirNumbers() {
            Roadmap r = of(section("1.", numbered("1", "2")), section("2.", numbered("1", "2")));
            assertThat(run("numbering.duplicate", RU, r)).isEmpty();
        }

        @Test
        void isFoundAcrossSectionsWhenNumbersRunOn() {
            Roadmap r = of(section(null, numbered("1.", "2.", "3.")), section(null, numbered("3.", "4.")));
            assertThat(run("numbering.duplicate", RU, r))
                    .containsExactly(
                            "/sections/1/activities/0/number [numbering.duplicate] WARNING: № 3 повторяется: он"
                                    + " уже стоит в /sections/0/activities/2/number");
        }
    }

    @Nested
    class Missing {

        @Test
        void isReportedForAnUnnumberedRowAmongNumberedOnes() {
            // seed 000: the first row of Задача 1 has no number, the next ones are "1.", "2.", "3."
            Roadmap r = of(section("Задача 1.", numbered(null, "1.", "2.", "3.")));
            assertThat(run("numbering.missing", RU, r))
                    .containsExactly(
                            "/sections/0/activities/0 [numbering.missing] WARNING: строка без номера среди пронумерованных");
            assertThat(run("numbering.missing", EN, r))
                    .containsExactly(
                            "/sections/0/activities/0 [numbering.missing] WARNING: an unnumbered row among numbered ones");
        }

        @Test
        void saysTheNumberTheRowWouldHave() {
            // seed 004: "11." ends a block; the next block starts with an unnumbered row, then "13."
            Roadmap r = of(section(null, numbered("1.", "2.")), section(null, numbered(null, "4.", null, "6.")));
            assertThat(run("numbering.missing", RU, r))
                    .containsExactly(
                            "/sections/1/activities/0 [numbering.missing] WARNING: строка без номера среди"
                                    + " пронумерованных; по порядку здесь № 3",
                            "/sections/1/activities/2 [numbering.missing] WARNING: строка без номера среди"
                                    + " пронумерованных; по порядку здесь № 5");
            assertThat(run("numbering.missing", EN, r))
                    .startsWith("/sections/1/activities/0 [numbering.missing] WARNING: an unnumbered row among numbered"
                            + " ones; in order it would be number 3");
        }

        @Test
        void isReportedForAnUnnumberedSectionAmongNumberedOnes() {
            Roadmap r = of(section("1.", activity("1.")), section(null, activity("1.")), section("3.", activity("1.")));
            assertThat(run("numbering.missing", RU, r))
                    .containsExactly("/sections/1 [numbering.missing] WARNING: строка без номера среди пронумерованных;"
                            + " по порядку здесь № 2");
        }

        @Test
        void isNoneWhenNoRowIsNumbered() {
            Roadmap r = of(section(null, numbered(null, null)), section(null, numbered(null)));
            assertThat(run("numbering.missing", RU, r)).isEmpty();
        }

        @Test
        void isNoneWhenEveryRowIsNumbered() {
            Roadmap r = of(section("1.", numbered("1.", "2.")));
            assertThat(run("numbering.missing", RU, r)).isEmpty();
        }

        @Test
        void takesABlankNumberForNone() {
            Roadmap r = of(section("1.", numbered("1.", " ", "3.")));
            assertThat(run("numbering.missing", RU, r))
                    .containsExactly("/sections/0/activities/1 [numbering.missing] WARNING: строка без номера среди"
                            + " пронумерованных; по порядку здесь № 2");
        }
    }

    @Nested
    class Style {

        @Test
        void isReportedOncePerUnusualStyleAsInfo() {
            // seed 001: "I.", "II. 2.", then Arabic numbers
            Roadmap r = of(
                    section("I.", activity("1")),
                    section("II. 2.", activity("1")),
                    section("3.", activity("1")),
                    section("4.", activity("1")),
                    section("5.", activity("1")));
            assertThat(run("numbering.style", RU, r))
                    .containsExactly(
                            "/sections/0/number [numbering.style] INFO: номер «I.» записан не так, как большинство номеров"
                                    + " того же уровня (например, «3.»)",
                            "/sections/1/number [numbering.style] INFO: номер «II. 2.» записан не так, как большинство"
                                    + " номеров того же уровня (например, «3.»)");
            assertThat(run("numbering.style", EN, r))
                    .startsWith(
                            "/sections/0/number [numbering.style] INFO: number \"I.\" is written unlike most numbers"
                                    + " of its level (e.g. \"3.\")");
        }

        @Test
        void seesAMissingFinalDotOncePerSection() {
            // seed 003: "1.1", "1.2", then "1.3." ... "5.3."
            Roadmap r =
                    of(section("1.", numbered("1.1", "1.2", "1.3.", "1.4.")), section("2.", numbered("2.1.", "2.2.")));
            assertThat(run("numbering.style", RU, r))
                    .containsExactly(
                            "/sections/0/activities/0/number [numbering.style] INFO: номер «1.1» записан не так,"
                                    + " как большинство номеров того же уровня (например, «1.3.»)");
        }

        @Test
        void isNoneForOneStyle() {
            Roadmap r = of(section("Задача 1.", numbered("1.", "2.")), section("Задача 2.", numbered("3.")));
            assertThat(run("numbering.style", RU, r)).isEmpty();
        }
    }
}
