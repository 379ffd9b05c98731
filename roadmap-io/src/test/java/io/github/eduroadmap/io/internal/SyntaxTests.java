package io.github.eduroadmap.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.DateRange;
import io.github.eduroadmap.model.MonthRef;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SyntaxTests {

    @Nested
    class Dates {

        @Test
        void readsARealDate() {
            assertThat(Syntax.date("2022-04-20")).isEqualTo(LocalDate.of(2022, 4, 20));
            assertThat(Syntax.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(Syntax.date("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "2022-02-30",
                    "2023-02-29",
                    "2022-13-01",
                    "2022-00-10",
                    "2022-04-31",
                    "99999-01-01",
                    "2022-4-20",
                    "20.04.2022",
                    "yesterday",
                    "",
                    "2022-04-20 ",
                    "+2022-04-20",
                    "2022-04-2x",
                    "２０２２-04-20"
                })
        void refusesAnythingElse(String text) {
            assertThat(Syntax.date(text)).isNull();
        }

        @Test
        void writesEveryDateItReads() {
            SplittableRandom random = new SplittableRandom(1);
            for (int i = 0; i < 10_000; i++) {
                LocalDate d = LocalDate.ofEpochDay(random.nextLong(
                        LocalDate.of(0, 1, 1).toEpochDay(),
                        LocalDate.of(9999, 12, 31).toEpochDay() + 1));
                assertThat(Syntax.format(d)).isEqualTo(d.toString().replace("+", ""));
                assertThat(Syntax.date(Syntax.format(d))).isEqualTo(d);
            }
        }
    }

    @Nested
    class Months {

        @Test
        void readsAMonthWithAndWithoutAYear() {
            assertThat(Syntax.month("2022-08")).isEqualTo(MonthRef.of(YearMonth.of(2022, 8)));
            assertThat(Syntax.month("--03")).isEqualTo(MonthRef.of(Month.MARCH));
            assertThat(Syntax.format(MonthRef.of(Month.DECEMBER))).isEqualTo("--12");
            assertThat(Syntax.format(MonthRef.of(YearMonth.of(987, 1)))).isEqualTo("0987-01");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2022-13", "2022-00", "--13", "--00", "-03", "03", "2022-8", "август", "2022-08-01"})
        void refusesAnythingElse(String text) {
            assertThat(Syntax.month(text)).isNull();
        }
    }

    @Nested
    class Periods {

        @ParameterizedTest
        @CsvSource({
            "2022, 2022-01-01, 2022-12-31",
            "2022-03, 2022-03-01, 2022-03-31",
            "2024-02, 2024-02-01, 2024-02-29",
            "2022-12/2023-11, 2022-12-01, 2023-11-30",
            "2021-Q1, 2021-01-01, 2021-03-31",
            "2021-Q4, 2021-10-01, 2021-12-31",
            "2021-02-25/2021-12-12, 2021-02-25, 2021-12-12",
            "2021-12-12/2021-02-25, 2021-12-12, 2021-02-25"
        })
        void readsEveryForm(String text, LocalDate start, LocalDate end) {
            assertThat(Syntax.period(text)).isEqualTo(new DateRange(start, end));
            assertThat(Syntax.format(new DateRange(start, end))).isEqualTo(text);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "2022-Q5",
                    "2022-Q0",
                    "2022-13",
                    "2022-12/2023-13",
                    "2022-02-30/2022-03-01",
                    "2022/2023",
                    "22",
                    "2022-03-01",
                    "2022-03-01/2022-03",
                    "Q1-2022",
                    "2022 -03"
                })
        void refusesAnythingElse(String text) {
            assertThat(Syntax.period(text)).isNull();
        }

        @Test
        void writesTheFirstFormThatFitsAndReadsItBack() {
            assertThat(Syntax.format(DateRange.ofMonths(YearMonth.of(2022, 1), YearMonth.of(2022, 3))))
                    .isEqualTo("2022-Q1");
            assertThat(Syntax.format(DateRange.ofMonths(YearMonth.of(2022, 2), YearMonth.of(2022, 4))))
                    .isEqualTo("2022-02/2022-04");
            assertThat(Syntax.format(DateRange.ofDay(LocalDate.of(2022, 2, 3)))).isEqualTo("2022-02-03/2022-02-03");
            SplittableRandom random = new SplittableRandom(2);
            for (int i = 0; i < 10_000; i++) {
                LocalDate a = LocalDate.ofEpochDay(random.nextLong(0, 30_000));
                LocalDate b = random.nextBoolean()
                        ? a.plusDays(random.nextInt(0, 800))
                        : YearMonth.from(a).plusMonths(random.nextInt(0, 30)).atEndOfMonth();
                if (random.nextInt(4) == 0) {
                    a = a.withDayOfMonth(1);
                }
                DateRange r = random.nextInt(10) == 0 ? new DateRange(b, a) : new DateRange(a, b);
                assertThat(Syntax.period(Syntax.format(r))).as("%s", r).isEqualTo(r);
            }
        }
    }
}
