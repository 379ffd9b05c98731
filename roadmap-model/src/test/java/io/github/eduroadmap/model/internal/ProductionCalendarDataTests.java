package io.github.eduroadmap.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.eduroadmap.model.internal.ProductionCalendarData.Mark;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductionCalendarDataTests {

    /** 2021 as the shipped data has it, after a comment line, so that line 4 is the 'off' line. */
    private static final String VALID = String.join(
            "\n",
            "# a test calendar",
            "",
            "# 2021",
            "2021 off          01-01 01-04 01-05 01-06 01-07 01-08 02-22 02-23 03-08 05-03 05-10 06-14 11-04 11-05 12-31",
            "2021 working      02-20",
            "2021 presidential 05-04 05-05 05-06 05-07 11-01 11-02 11-03",
            "2021 shortened    02-20 04-30 06-11",
            "");

    private static final String OFF = VALID.lines().skip(3).findFirst().orElseThrow();

    @Nested
    class Reading {

        @Test
        void readsTheLinesOfAYear() {
            ProductionCalendarData data = ProductionCalendarData.parse(VALID, "test.txt");

            assertThat(data.years()).containsExactly(2021);
            assertThat(data.covers(2021)).isTrue();
            assertThat(data.covers(2022)).isFalse();
            assertThat(data.mark(LocalDate.of(2021, 12, 31))).isEqualTo(Mark.DAY_OFF);
            assertThat(data.mark(LocalDate.of(2021, 2, 20))).isEqualTo(Mark.WORKING_WEEKEND);
            assertThat(data.mark(LocalDate.of(2021, 11, 3))).isEqualTo(Mark.PRESIDENTIAL);
            assertThat(data.mark(LocalDate.of(2021, 11, 8))).isEqualTo(Mark.NONE);
            assertThat(data.isShortened(LocalDate.of(2021, 4, 30))).isTrue();
            assertThat(data.isShortened(LocalDate.of(2021, 11, 3))).isFalse();
        }

        @Test
        void readsWindowsLineEndsAndCompareByValue() {
            ProductionCalendarData windows = ProductionCalendarData.parse(VALID.replace("\n", "\r\n"), "test.txt");

            assertThat(windows)
                    .isEqualTo(ProductionCalendarData.parse(VALID, "other.txt"))
                    .hasSameHashCodeAs(ProductionCalendarData.parse(VALID, "other.txt"));
        }

        @Test
        void readsTheShippedDataOnceForEveryCaller() {
            ProductionCalendarData data = ProductionCalendarData.russian();

            assertThat(data.years()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
            assertThat(ProductionCalendarData.russian()).isSameAs(data);
        }

        @Test
        void knowsTheFixedHolidaysOfTheLabourCode() {
            long holidays = LocalDate.of(2023, 1, 1)
                    .datesUntil(LocalDate.of(2024, 1, 1))
                    .filter(ProductionCalendarData::isFixedHoliday)
                    .count();

            assertThat(holidays).isEqualTo(14);
            assertThat(ProductionCalendarData.isFixedHoliday(LocalDate.of(2023, 1, 8)))
                    .isTrue();
            assertThat(ProductionCalendarData.isFixedHoliday(LocalDate.of(2023, 1, 9)))
                    .isFalse();
        }
    }

    @Nested
    class Refusing {

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    // what | the line in place of line 5 ('2021 working 02-20') | line at fault | message says
                    "too few fields     | 2021 working                       | 5 | has too few fields",
                    "a short year       | 21 working 02-20                   | 5 | '21' is not a year",
                    "an unknown kind    | 2021 workday 02-20                 | 5 | 'workday' is not a kind of day; expected one of off, working, presidential, shortened",
                    "not MM-DD          | 2021 working 2-20                  | 5 | '2-20' is not a day; expected MM-DD",
                    "no such day        | 2021 working 02-29                 | 5 | '02-29' is not a day of 2021",
                    "a dash among days  | 2021 working - 02-20               | 5 | '-' is not a day",
                    "days out of order  | 2021 working 03-06 02-20           | 5 | '02-20' comes after 2021-03-06",
                    "a day twice        | 2021 working 02-20 02-20           | 5 | '02-20' comes after 2021-02-20",
                    "a working weekday  | 2021 working 02-19                 | 5 | 2021-02-19 is a Friday; a 'working' day is a Saturday or Sunday",
                    "a working holiday  | 2021 working 05-01                 | 5 | 2021-05-01 is a holiday of Labour Code art. 112",
                    "a kind twice       | 2021 off 12-31                     | 5 | 2021 off is listed twice, first on line 4",
                })
        void namesTheLineAtFault(String what, String line, int lineNumber, String message) {
            String text = VALID.replace("2021 working      02-20", line.strip());

            MalformedCalendarDataException e = catchThrowableOfType(
                    MalformedCalendarDataException.class, () -> ProductionCalendarData.parse(text, "test.txt"));

            assertThat(e).as(what).isNotNull();
            assertThat(e.line()).as(what).isEqualTo(lineNumber);
            assertThat(e.source()).isEqualTo("test.txt");
            assertThat(e.getMessage())
                    .startsWith("test.txt:" + lineNumber + ": ")
                    .contains(message.strip());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    // what | a line added after line 7 | message says
                    "a gap in the years | 2023 off -     | years 2021 and 2023 are listed but not 2022",
                    "a year incomplete  | 2022 working - | 2022 has no 'off' line; expected every year to list off,"
                            + " working, presidential, shortened (a single '-' for none)",
                })
        void checksTheYearsAsAWhole(String what, String line, String message) {
            String text = VALID + line.strip() + "\n";

            MalformedCalendarDataException e = catchThrowableOfType(
                    MalformedCalendarDataException.class, () -> ProductionCalendarData.parse(text, "test.txt"));

            assertThat(e).as(what).isNotNull();
            assertThat(e.line()).as(what).isEqualTo(8);
            assertThat(e.getMessage()).startsWith("test.txt:8: ").contains(message.strip());
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    // what | replace | with | line at fault | message says
                    "a holiday left out      | 02-22 02-23 03-08 | 02-22 03-08 | 4 | 2021-02-23 is a holiday of Labour Code art. 112 on a Tuesday; expected it among the 'off' days",
                    "a Saturday off          | 01-01 01-04       | 01-01 01-02 01-04 | 4 | 2021-01-02 is a Saturday; a 'off' day is a Monday to Friday",
                    "a presidential day off  | 11-01 11-02 11-03 | 11-01 11-02 11-03 11-04 | 6 | 2021-11-04 is already an 'off' day",
                    "a presidential Saturday | 05-06 05-07       | 05-06 05-07 05-08 | 6 | 2021-05-08 is a Saturday",
                    "a shortened day off     | 04-30 06-11       | 04-30 05-10 06-11 | 7 | 2021-05-10 is a day off; expected a shortened day to be a working day",
                    "a shortened Sunday      | 04-30 06-11       | 04-30 06-06 06-11 | 7 | 2021-06-06 is a day off",
                })
        void checksTheDaysAgainstTheRules(String what, String replace, String with, int lineNumber, String message) {
            String text = VALID.replace(replace.strip(), with.strip());

            MalformedCalendarDataException e = catchThrowableOfType(
                    MalformedCalendarDataException.class, () -> ProductionCalendarData.parse(text, "test.txt"));

            assertThat(e).as(what).isNotNull();
            assertThat(e.line()).as(what).isEqualTo(lineNumber);
            assertThat(e.getMessage())
                    .startsWith("test.txt:" + lineNumber + ": ")
                    .contains(message.strip());
        }

        @Test
        void refusesATextWithoutData() {
            MalformedCalendarDataException e = catchThrowableOfType(
                    MalformedCalendarDataException.class,
                    () -> ProductionCalendarData.parse("# only a comment\n\n", "empty.txt"));

            assertThat(e.line()).isZero();
            assertThat(e.getMessage())
                    .isEqualTo("empty.txt: no data lines; expected '<year> <kind> <MM-DD> <MM-DD> ...'"
                            + " or '<year> <kind> -'");
        }

        @Test
        void takesTheValidTextAsItIs() {
            assertThat(OFF).startsWith("2021 off ");
            assertThat(ProductionCalendarData.parse(VALID, "test.txt").years()).containsExactly(2021);
        }
    }
}
