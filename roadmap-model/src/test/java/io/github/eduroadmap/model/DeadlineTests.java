package io.github.eduroadmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The algebra of deadlines within a roadmap period, and the equality of every variant. */
class DeadlineTests {

    /** The period of seeds 000, 001 and 003. */
    static final DateRange Y2022 = DateRange.ofYear(2022);

    /** The period of seed 002. */
    static final DateRange Y2021 = DateRange.ofYear(2021);

    /** The period of seed 004: December 2022 to November 2023, two calendar years. */
    static final DateRange DEC22_NOV23 = DateRange.of(LocalDate.of(2022, 12, 1), LocalDate.of(2023, 11, 30));

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    static DateRange r(LocalDate from, LocalDate to) {
        return DateRange.of(from, to);
    }

    static MonthRef m(int month) {
        return MonthRef.of(Month.of(month));
    }

    static MonthRef ym(int year, int month) {
        return MonthRef.of(YearMonth.of(year, month));
    }

    static Deadline.MonthSpan span(String text, MonthRef from, MonthRef to) {
        return new Deadline.MonthSpan(text, from, to);
    }

    static Deadline.Recurring every(String text, Frequency frequency) {
        return new Deadline.Recurring(text, frequency, Optional.empty());
    }

    static Deadline.Recurring every(String text, Frequency frequency, int day) {
        return new Deadline.Recurring(text, frequency, Optional.of(new DueRule(day)));
    }

    static List<LocalDate> windowsStarts(List<Occurrence> occurrences) {
        return occurrences.stream().map(o -> o.window().start()).collect(Collectors.toList());
    }

    @Nested
    class Dates {

        @Test
        void aDateIsOneDayDueThatDay() {
            Deadline d = new Deadline.OnDate("01.03.2021", d(2021, 3, 1));

            assertThat(d.occurrences(Y2021))
                    .containsExactly(new Occurrence(DateRange.ofDay(d(2021, 3, 1)), d(2021, 3, 1)));
            assertThat(d.dueDates(Y2021)).containsExactly(d(2021, 3, 1));
            assertThat(d.latestDueDate(Y2021)).contains(d(2021, 3, 1));
            assertThat(d.extent(Y2021)).contains(DateRange.ofDay(d(2021, 3, 1)));
            assertThat(d.isWithin(Y2021)).isTrue();
            assertThat(d.isWithin(Y2022)).isFalse();
            assertThat(d.isWellOrdered()).isTrue();
            assertThat(d.isParsed()).isTrue();
        }

        @Test
        void aDueByDateIsDueThatDay() {
            Deadline d = new Deadline.ByDate("До 20 января 2022", d(2022, 1, 20));

            assertThat(d.dueDates(Y2022)).containsExactly(d(2022, 1, 20));
            assertThat(d.latestDueDate(Y2022)).contains(d(2022, 1, 20));
            assertThat(d.isWithin(Y2022)).isTrue();
            assertThat(d.isWithin(Y2021)).isFalse();
        }

        @Test
        void severalDatesComeInOrderWhateverTheOrderWritten() {
            Deadline d = new Deadline.OnDates("17.11.2021, 23.06.2021", List.of(d(2021, 11, 17), d(2021, 6, 23)));

            assertThat(d.dueDates(Y2021)).containsExactly(d(2021, 6, 23), d(2021, 11, 17));
            assertThat(d.latestDueDate(Y2021)).contains(d(2021, 11, 17));
            assertThat(d.extent(Y2021)).contains(r(d(2021, 6, 23), d(2021, 11, 17)));
            assertThat(d.isWithin(Y2021)).isTrue();
            assertThat(d.isWithin(DateRange.of(d(2021, 7, 1), d(2021, 12, 31)))).isFalse();
        }

        @Test
        void severalDatesNeedOne() {
            assertThatThrownBy(() -> new Deadline.OnDates("", List.of())).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aSpanOfDatesCoversItsDaysAndIsDueOnItsLast() {
            Deadline d = new Deadline.DateSpan("01.04.2021-31.05.2021", d(2021, 4, 1), d(2021, 5, 31));

            assertThat(d.occurrences(Y2021))
                    .containsExactly(new Occurrence(r(d(2021, 4, 1), d(2021, 5, 31)), d(2021, 5, 31)));
            assertThat(d.extent(Y2021)).contains(r(d(2021, 4, 1), d(2021, 5, 31)));
            assertThat(d.isWithin(Y2021)).isTrue();
            assertThat(d.isWithin(DateRange.of(d(2021, 5, 1), d(2021, 12, 31)))).isFalse();
            assertThat(d.isWellOrdered()).isTrue();
        }

        @Test
        void aSpanThatEndsBeforeItStartsIsNotWellOrderedAndItsExtentRunsForward() {
            Deadline d = new Deadline.DateSpan("31.05.2021-01.04.2021", d(2021, 5, 31), d(2021, 4, 1));

            assertThat(d.isWellOrdered()).isFalse();
            assertThat(d.latestDueDate(Y2021)).contains(d(2021, 4, 1));
            assertThat(d.extent(Y2021)).contains(r(d(2021, 4, 1), d(2021, 5, 31)));
        }
    }

    @Nested
    class Months {

        @Test
        void aMonthWithItsYearIsThatMonthDueOnItsLastDay() {
            Deadline d = new Deadline.InMonth("Август 2022", ym(2022, 8));

            assertThat(d.occurrences(DEC22_NOV23))
                    .containsExactly(new Occurrence(r(d(2022, 8, 1), d(2022, 8, 31)), d(2022, 8, 31)));
            assertThat(d.isWithin(Y2022)).isTrue();
            assertThat(d.isWithin(DEC22_NOV23)).isFalse();
        }

        @Test
        void aMonthWithoutAYearTakesItsPlaceInAPeriodOverTwoYears() {
            Deadline march = new Deadline.InMonth("март", m(3));
            Deadline december = new Deadline.InMonth("декабрь", m(12));

            assertThat(march.extent(DEC22_NOV23)).contains(r(d(2023, 3, 1), d(2023, 3, 31)));
            assertThat(march.latestDueDate(DEC22_NOV23)).contains(d(2023, 3, 31));
            assertThat(december.extent(DEC22_NOV23)).contains(r(d(2022, 12, 1), d(2022, 12, 31)));
            assertThat(march.isWithin(DEC22_NOV23)).isTrue();
            assertThat(december.isWithin(DEC22_NOV23)).isTrue();
        }

        @Test
        void aMonthWithoutAYearTakesTheYearOfAOneYearPeriod() {
            Deadline d = new Deadline.InMonth("март", m(3));

            assertThat(d.dueDates(Y2022)).containsExactly(d(2022, 3, 31));
            assertThat(d.dueDates(Y2021)).containsExactly(d(2021, 3, 31));
        }

        @Test
        void aSpanOfMonthsWithoutYearsLiesInThePeriod() {
            Deadline d = span("Сентябрь - октябрь", m(9), m(10));

            assertThat(d.occurrences(Y2022))
                    .containsExactly(new Occurrence(r(d(2022, 9, 1), d(2022, 10, 31)), d(2022, 10, 31)));
            assertThat(d.extent(DEC22_NOV23)).contains(r(d(2023, 9, 1), d(2023, 10, 31)));
            assertThat(d.isWithin(Y2022)).isTrue();
        }

        @Test
        void theFirstMonthTakesTheYearOfTheLast() {
            Deadline d = span("Февраль –апрель 2022", m(2), ym(2022, 4));

            assertThat(d.extent(Y2022)).contains(r(d(2022, 2, 1), d(2022, 4, 30)));
            assertThat(d.extent(DEC22_NOV23)).contains(r(d(2022, 2, 1), d(2022, 4, 30)));
            assertThat(d.latestDueDate(Y2022)).contains(d(2022, 4, 30));
            assertThat(d.isWithin(Y2022)).isTrue();
            assertThat(d.isWithin(DEC22_NOV23)).isFalse();
        }

        @Test
        void theFirstMonthTakesTheYearBeforeTheLastWhenItComesLaterInTheYear() {
            Deadline d = span("Октябрь-май 2023", m(10), ym(2023, 5));

            assertThat(d.extent(DEC22_NOV23)).contains(r(d(2022, 10, 1), d(2023, 5, 31)));
        }

        @Test
        void theLastMonthTakesTheYearAfterTheFirstWhenItComesEarlierInTheYear() {
            Deadline d = span("Октябрь-май", m(10), m(5));
            DateRange schoolYear = DateRange.of(d(2022, 9, 1), d(2023, 5, 31));

            assertThat(d.extent(Y2022)).contains(r(d(2022, 10, 1), d(2023, 5, 31)));
            assertThat(d.isWithin(Y2022)).isFalse();
            assertThat(d.isWithin(schoolYear)).isTrue();
        }

        @Test
        void aSpanThatStartsBeforeThePeriodIsNotWithinIt() {
            Deadline d = span("Сентябрь 2022\n– май 2023", ym(2022, 9), ym(2023, 5));

            assertThat(d.extent(DEC22_NOV23)).contains(r(d(2022, 9, 1), d(2023, 5, 31)));
            assertThat(d.isWithin(DEC22_NOV23)).isFalse();
            assertThat(d.isWellOrdered()).isTrue();
        }

        @Test
        void aSpanThatEndsAfterThePeriodIsNotWithinIt() {
            Deadline d = span("Декабрь 2022 –\nдекабрь 2023", ym(2022, 12), ym(2023, 12));

            assertThat(d.latestDueDate(DEC22_NOV23)).contains(d(2023, 12, 31));
            assertThat(d.isWithin(DEC22_NOV23)).isFalse();
        }

        @Test
        void aSpanInsideThePeriodIsWithinIt() {
            Deadline d = span("Январь-май 2023г.", m(1), ym(2023, 5));

            assertThat(d.isWithin(DEC22_NOV23)).isTrue();
        }

        @Test
        void aSpanOfMonthsThatEndsBeforeItStartsIsNotWellOrdered() {
            Deadline.MonthSpan d = span("Октябрь 2023 - май 2022", ym(2023, 10), ym(2022, 5));

            assertThat(d.isWellOrdered()).isFalse();
            assertThat(d.resolve(DEC22_NOV23)).isEqualTo(r(d(2023, 10, 1), d(2022, 5, 31)));
            assertThat(d.extent(DEC22_NOV23)).contains(r(d(2022, 5, 31), d(2023, 10, 1)));
        }

        @Test
        void aSpanWithoutBothYearsIsAlwaysWellOrdered() {
            assertThat(span("декабрь - март", m(12), m(3)).isWellOrdered()).isTrue();
            assertThat(span("декабрь 2022 - март", ym(2022, 12), m(3)).isWellOrdered())
                    .isTrue();
        }
    }

    @Nested
    class Recurring {

        @Test
        void theMonthlyReportOf2021IsDueOnTheTenthOfEachFollowingMonth() {
            Deadline d = every("ежемесячно до 10 числа месяца, следующего за отчетным", Frequency.MONTHLY, 10);

            List<LocalDate> expected = new ArrayList<>();
            for (int month = 2; month <= 12; month++) {
                expected.add(d(2021, month, 10));
            }
            expected.add(d(2022, 1, 10));
            assertThat(d.dueDates(Y2021)).hasSize(12).containsExactlyElementsOf(expected);
            assertThat(d.occurrences(Y2021).get(0))
                    .isEqualTo(new Occurrence(r(d(2021, 1, 1), d(2021, 1, 31)), d(2021, 2, 10)));
            assertThat(d.latestDueDate(Y2021)).contains(d(2022, 1, 10));
        }

        @Test
        void aReportDueAfterThePeriodStillCoversOnlyThePeriod() {
            Deadline d = every("ежемесячно до 10 числа месяца, следующего за отчетным", Frequency.MONTHLY, 10);

            assertThat(d.extent(Y2021)).contains(Y2021);
            assertThat(d.isWithin(Y2021)).isTrue();
        }

        @Test
        void aMonthlyDeadlineWithoutARuleIsDueOnTheLastDayOfEachMonth() {
            Deadline d = every("Ежемесячно", Frequency.MONTHLY);

            assertThat(d.dueDates(Y2022))
                    .hasSize(12)
                    .startsWith(d(2022, 1, 31), d(2022, 2, 28))
                    .endsWith(d(2022, 12, 31));
        }

        @Test
        void aDueDayBeyondTheEndOfAShortMonthIsItsLastDay() {
            Deadline d = every("ежемесячно до 31 числа месяца, следующего за отчетным", Frequency.MONTHLY, 31);

            assertThat(d.dueDates(DateRange.ofMonth(YearMonth.of(2023, 1)))).containsExactly(d(2023, 2, 28));
        }

        @Test
        void quarterlyDeadlinesFollowCalendarQuarters() {
            Deadline d = every("Ежеквартально", Frequency.QUARTERLY);

            assertThat(d.dueDates(Y2022))
                    .containsExactly(d(2022, 3, 31), d(2022, 6, 30), d(2022, 9, 30), d(2022, 12, 31));
            assertThat(windowsStarts(d.occurrences(Y2022)))
                    .containsExactly(d(2022, 1, 1), d(2022, 4, 1), d(2022, 7, 1), d(2022, 10, 1));
        }

        @Test
        void quartersCutByThePeriodKeepTheirDueDates() {
            Deadline d = every("Ежеквартально", Frequency.QUARTERLY);

            List<Occurrence> occurrences = d.occurrences(DEC22_NOV23);

            assertThat(occurrences)
                    .containsExactly(
                            new Occurrence(r(d(2022, 12, 1), d(2022, 12, 31)), d(2022, 12, 31)),
                            new Occurrence(r(d(2023, 1, 1), d(2023, 3, 31)), d(2023, 3, 31)),
                            new Occurrence(r(d(2023, 4, 1), d(2023, 6, 30)), d(2023, 6, 30)),
                            new Occurrence(r(d(2023, 7, 1), d(2023, 9, 30)), d(2023, 9, 30)),
                            new Occurrence(r(d(2023, 10, 1), d(2023, 11, 30)), d(2023, 12, 31)));
            assertThat(d.isWithin(DEC22_NOV23)).isTrue();
        }

        @Test
        void aQuarterlyRuleIsDueInTheMonthAfterEachQuarter() {
            Deadline d = every(
                    "ежеквартально до 15 числа месяца, следующего за отчетным кварталом", Frequency.QUARTERLY, 15);

            assertThat(d.dueDates(Y2022))
                    .containsExactly(d(2022, 4, 15), d(2022, 7, 15), d(2022, 10, 15), d(2023, 1, 15));
        }

        @Test
        void halfYearsAndYearsFollowTheCalendar() {
            assertThat(every("по полугодиям", Frequency.HALF_YEARLY).dueDates(Y2022))
                    .containsExactly(d(2022, 6, 30), d(2022, 12, 31));
            assertThat(every("ежегодно", Frequency.YEARLY).occurrences(DEC22_NOV23))
                    .containsExactly(
                            new Occurrence(r(d(2022, 12, 1), d(2022, 12, 31)), d(2022, 12, 31)),
                            new Occurrence(r(d(2023, 1, 1), d(2023, 11, 30)), d(2023, 12, 31)));
        }

        @Test
        void schoolQuartersComeFromTheStandardCalendar() {
            Deadline d = every("По окончании каждой учебной четверти", Frequency.SCHOOL_QUARTERLY);

            assertThat(d.occurrences(Y2022, SchoolYearCalendar.standard()))
                    .containsExactly(
                            new Occurrence(r(d(2022, 1, 9), d(2022, 3, 22)), d(2022, 3, 22)),
                            new Occurrence(r(d(2022, 4, 1), d(2022, 5, 24)), d(2022, 5, 24)),
                            new Occurrence(r(d(2022, 9, 1), d(2022, 10, 27)), d(2022, 10, 27)),
                            new Occurrence(r(d(2022, 11, 6), d(2022, 12, 29)), d(2022, 12, 29)));
        }

        @Test
        void schoolQuartersCutByAPeriodOverTwoYears() {
            Deadline d = every("По окончании каждой учебной четверти", Frequency.SCHOOL_QUARTERLY);

            assertThat(d.occurrences(DEC22_NOV23))
                    .containsExactly(
                            new Occurrence(r(d(2022, 12, 1), d(2022, 12, 29)), d(2022, 12, 29)),
                            new Occurrence(r(d(2023, 1, 9), d(2023, 3, 22)), d(2023, 3, 22)),
                            new Occurrence(r(d(2023, 4, 1), d(2023, 5, 24)), d(2023, 5, 24)),
                            new Occurrence(r(d(2023, 9, 1), d(2023, 10, 27)), d(2023, 10, 27)),
                            new Occurrence(r(d(2023, 11, 6), d(2023, 11, 30)), d(2023, 12, 29)));
        }

        @Test
        void schoolQuartersWithADueRuleAreDueInTheFollowingMonth() {
            Deadline d = every(
                    "по окончании каждой учебной четверти до 5 числа месяца, следующего за отчетным",
                    Frequency.SCHOOL_QUARTERLY,
                    5);

            assertThat(d.dueDates(Y2022)).containsExactly(d(2022, 4, 5), d(2022, 6, 5), d(2022, 11, 5), d(2023, 1, 5));
        }

        @Test
        void schoolQuartersComeFromTheCalendarGiven() {
            SchoolYearCalendar primorsky = SchoolYearCalendar.builder()
                    .quarters(
                            2021,
                            r(d(2021, 9, 1), d(2021, 10, 29)),
                            r(d(2021, 11, 8), d(2021, 12, 28)),
                            r(d(2022, 1, 10), d(2022, 3, 23)),
                            r(d(2022, 4, 4), d(2022, 5, 31)))
                    .quarter(1, MonthDay.of(9, 1), MonthDay.of(10, 28))
                    .build();
            Deadline d = every("По окончании каждой учебной четверти", Frequency.SCHOOL_QUARTERLY);

            assertThat(d.occurrences(Y2022, primorsky).stream().map(Occurrence::due))
                    .containsExactly(d(2022, 3, 23), d(2022, 5, 31), d(2022, 10, 28), d(2022, 12, 29));
        }

        @Test
        void schoolHalfYearsEndWithTheSecondAndFourthQuarters() {
            Deadline d = every("По полугодиям учебного года", Frequency.SCHOOL_HALF_YEARLY);

            assertThat(d.occurrences(Y2022))
                    .containsExactly(
                            new Occurrence(r(d(2022, 1, 9), d(2022, 5, 24)), d(2022, 5, 24)),
                            new Occurrence(r(d(2022, 9, 1), d(2022, 12, 29)), d(2022, 12, 29)));
        }

        @Test
        void aPeriodThatEndsBeforeItStartsHasNoOccurrences() {
            DateRange backwards = r(d(2022, 12, 31), d(2022, 1, 1));

            assertThat(every("Ежемесячно", Frequency.MONTHLY).occurrences(backwards))
                    .isEmpty();
        }
    }

    @Nested
    class Throughout {

        @Test
        void throughoutThePeriodIsThePeriod() {
            Deadline d = new Deadline.Throughout("в течение всего периода", Optional.empty());

            assertThat(d.occurrences(DEC22_NOV23)).containsExactly(new Occurrence(DEC22_NOV23, d(2023, 11, 30)));
            assertThat(d.isWithin(DEC22_NOV23)).isTrue();
        }

        @Test
        void throughoutAYearIsThatYear() {
            Deadline d = new Deadline.Throughout("В течение 2022 года постоянно", Optional.of(Year.of(2022)));

            assertThat(d.extent(Y2022)).contains(Y2022);
            assertThat(d.latestDueDate(Y2022)).contains(d(2022, 12, 31));
            assertThat(d.isWithin(Y2022)).isTrue();
        }

        @Test
        void throughoutAYearReachingPastThePeriodIsNotWithinIt() {
            Deadline d = new Deadline.Throughout("В течение 2023 года", Optional.of(Year.of(2023)));

            assertThat(d.extent(DEC22_NOV23)).contains(DateRange.ofYear(2023));
            assertThat(d.isWithin(DEC22_NOV23)).isFalse();
        }
    }

    @Nested
    class WithoutDates {

        static Stream<Deadline> deadlines() {
            return Stream.of(
                    new Deadline.ByArrangement("По утвержденному графику", Arrangement.SCHEDULE, Optional.empty()),
                    new Deadline.ByArrangement("по запросу МОУО", Arrangement.REQUEST, Optional.of("МОУО")),
                    new Deadline.ByArrangement("по мере необходимости", Arrangement.AS_NEEDED, Optional.empty()),
                    new Deadline.Unparsed("О 1 А О  О  Л Л 1"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("deadlines")
        void haveNoOccurrencesAndLieWithinAnyPeriod(Deadline d) {
            assertThat(d.occurrences(Y2022)).isEmpty();
            assertThat(d.dueDates(Y2022)).isEmpty();
            assertThat(d.latestDueDate(Y2022)).isEmpty();
            assertThat(d.extent(Y2022)).isEmpty();
            assertThat(d.isWithin(Y2022)).isTrue();
            assertThat(d.isWellOrdered()).isTrue();
        }

        @Test
        void onlyUnparsedWordsAreNotParsed() {
            assertThat(deadlines().filter(d -> !d.isParsed()))
                    .containsExactly(new Deadline.Unparsed("О 1 А О  О  Л Л 1"));
        }
    }

    @Nested
    class Combined {

        @Test
        void aSpanByScheduleHasTheSpansOccurrence() {
            Deadline d = new Deadline.Combined(
                    "Февраль-ноябрь (по утвержденному графику)",
                    List.of(
                            span("Февраль-ноябрь", m(2), m(11)),
                            new Deadline.ByArrangement(
                                    "по утвержденному графику", Arrangement.SCHEDULE, Optional.empty())));

            assertThat(d.occurrences(Y2022))
                    .containsExactly(new Occurrence(r(d(2022, 2, 1), d(2022, 11, 30)), d(2022, 11, 30)));
            assertThat(d.latestDueDate(Y2022)).contains(d(2022, 11, 30));
            assertThat(d.isWithin(Y2022)).isTrue();
            assertThat(d.isParsed()).isTrue();
        }

        @Test
        void aMonthlyDeadlineOnRequestIsMonthly() {
            Deadline d = new Deadline.Combined(
                    "Ежемесячно /по запросу МОУО",
                    List.of(
                            every("Ежемесячно", Frequency.MONTHLY),
                            new Deadline.ByArrangement("по запросу МОУО", Arrangement.REQUEST, Optional.of("МОУО"))));

            assertThat(d.dueDates(Y2021)).hasSize(12).endsWith(d(2021, 12, 31));
        }

        @Test
        void mergesTheOccurrencesOfItsPartsInOrderAndTheirDueDatesWithoutRepeats() {
            LocalDate day = d(2022, 5, 1);
            Deadline d = new Deadline.Combined(
                    "01.05.2022; 01.05.2022; март",
                    List.of(
                            new Deadline.OnDate("01.05.2022", day),
                            new Deadline.OnDate("01.05.2022", day),
                            new Deadline.InMonth("март", m(3))));

            assertThat(d.occurrences(Y2022)).hasSize(3);
            assertThat(d.dueDates(Y2022)).containsExactly(d(2022, 3, 31), day);
            assertThat(d.extent(Y2022)).contains(r(d(2022, 3, 1), day));
        }

        @Test
        void isParsedAndWellOrderedOnlyWhenEveryPartIs() {
            Deadline ok = new Deadline.InMonth("март", m(3));
            Deadline unparsed = new Deadline.Unparsed("Сентяьбря");
            Deadline backwards = new Deadline.DateSpan("31.05.2021-01.04.2021", d(2021, 5, 31), d(2021, 4, 1));

            assertThat(new Deadline.Combined("март, Сентяьбря", List.of(ok, unparsed)).isParsed())
                    .isFalse();
            assertThat(new Deadline.Combined("март, 31.05.2021-01.04.2021", List.of(ok, backwards)).isWellOrdered())
                    .isFalse();
            assertThat(new Deadline.Combined("март, март", List.of(ok, ok)).isWellOrdered())
                    .isTrue();
        }

        @Test
        void needsTwoParts() {
            List<Deadline> one = List.of(new Deadline.InMonth("март", m(3)));

            assertThatThrownBy(() -> new Deadline.Combined("март", one)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class BuiltInCode {

        @Test
        void getsRussianWords() {
            assertThat(Deadline.on(d(2021, 3, 1)).text()).isEqualTo("01.03.2021");
            assertThat(Deadline.by(d(2022, 1, 20)).text()).isEqualTo("до 20.01.2022");
            assertThat(Deadline.in(YearMonth.of(2022, 8)).text()).isEqualTo("август 2022");
            assertThat(Deadline.between(YearMonth.of(2022, 11), YearMonth.of(2023, 8))
                            .text())
                    .isEqualTo("ноябрь 2022 - август 2023");
            assertThat(Deadline.between(d(2021, 4, 1), d(2021, 5, 31)).text()).isEqualTo("01.04.2021-31.05.2021");
            assertThat(Deadline.every(Frequency.MONTHLY, Optional.of(DueRule.TENTH_OF_FOLLOWING_MONTH))
                            .text())
                    .isEqualTo("ежемесячно до 10 числа месяца, следующего за отчетным");
            assertThat(Deadline.every(Frequency.SCHOOL_QUARTERLY, Optional.empty())
                            .text())
                    .isEqualTo("по окончании каждой учебной четверти");
            assertThat(Deadline.throughout().text()).isEqualTo("в течение всего периода");
            assertThat(Deadline.throughout(Year.of(2023)).text()).isEqualTo("в течение 2023 года");
        }
    }

    @Nested
    class Equality {

        /** For each variant: one value, an equal one built apart, and values that differ in one part each. */
        static Stream<Arguments> variants() {
            LocalDate day = d(2021, 3, 1);
            LocalDate other = d(2021, 3, 2);
            return Stream.of(
                    variant(
                            new Deadline.OnDate("01.03.2021", day),
                            new Deadline.OnDate(copy("01.03.2021"), d(2021, 3, 1)),
                            new Deadline.OnDate("1.03.2021", day),
                            new Deadline.OnDate("01.03.2021", other),
                            new Deadline.ByDate("01.03.2021", day)),
                    variant(
                            new Deadline.ByDate("до 01.03.2021", day),
                            new Deadline.ByDate(copy("до 01.03.2021"), d(2021, 3, 1)),
                            new Deadline.ByDate("До 01.03.2021", day),
                            new Deadline.ByDate("до 01.03.2021", other)),
                    variant(
                            new Deadline.OnDates("01.03.2021, 02.03.2021", List.of(day, other)),
                            new Deadline.OnDates(copy("01.03.2021, 02.03.2021"), new ArrayList<>(List.of(day, other))),
                            new Deadline.OnDates("01.03.2021, 02.03.2021", List.of(other, day)),
                            new Deadline.OnDates("01.03.2021, 02.03.2021", List.of(day))),
                    variant(
                            new Deadline.InMonth("март", m(3)),
                            new Deadline.InMonth(copy("март"), MonthRef.of(Month.MARCH)),
                            new Deadline.InMonth("март", ym(2022, 3)),
                            new Deadline.InMonth("март", m(4)),
                            new Deadline.InMonth("Март", m(3))),
                    variant(
                            span("март-май", m(3), m(5)),
                            span(copy("март-май"), MonthRef.of(Month.MARCH), MonthRef.of(Month.MAY)),
                            span("март-май", m(3), ym(2022, 5)),
                            span("март-май", m(4), m(5)),
                            span("март–май", m(3), m(5))),
                    variant(
                            new Deadline.DateSpan("01.03.2021-02.03.2021", day, other),
                            new Deadline.DateSpan(copy("01.03.2021-02.03.2021"), d(2021, 3, 1), d(2021, 3, 2)),
                            new Deadline.DateSpan("01.03.2021-02.03.2021", other, day),
                            new Deadline.DateSpan("01.03.2021-02.03.2021", day, day)),
                    variant(
                            every("ежемесячно", Frequency.MONTHLY, 10),
                            every(copy("ежемесячно"), Frequency.MONTHLY, 10),
                            every("ежемесячно", Frequency.MONTHLY),
                            every("ежемесячно", Frequency.MONTHLY, 5),
                            every("ежемесячно", Frequency.QUARTERLY, 10)),
                    variant(
                            new Deadline.Throughout("в течение 2022 года", Optional.of(Year.of(2022))),
                            new Deadline.Throughout(copy("в течение 2022 года"), Optional.of(Year.of(2022))),
                            new Deadline.Throughout("в течение 2022 года", Optional.empty()),
                            new Deadline.Throughout("в течение 2022 года", Optional.of(Year.of(2023)))),
                    variant(
                            new Deadline.ByArrangement("по запросу МОУО", Arrangement.REQUEST, Optional.of("МОУО")),
                            new Deadline.ByArrangement(
                                    copy("по запросу МОУО"), Arrangement.REQUEST, Optional.of(copy("МОУО"))),
                            new Deadline.ByArrangement("по запросу МОУО", Arrangement.REQUEST, Optional.empty()),
                            new Deadline.ByArrangement("по запросу МОУО", Arrangement.SCHEDULE, Optional.of("МОУО")),
                            new Deadline.ByArrangement("по запросу МОУО", Arrangement.REQUEST, Optional.of("ОО"))),
                    variant(
                            new Deadline.Combined(
                                    "март / по графику",
                                    List.of(
                                            new Deadline.InMonth("март", m(3)),
                                            new Deadline.ByArrangement(
                                                    "по графику", Arrangement.SCHEDULE, Optional.empty()))),
                            new Deadline.Combined(
                                    copy("март / по графику"),
                                    new ArrayList<>(List.of(
                                            new Deadline.InMonth(copy("март"), m(3)),
                                            new Deadline.ByArrangement(
                                                    copy("по графику"), Arrangement.SCHEDULE, Optional.empty())))),
                            new Deadline.Combined(
                                    "март / по графику",
                                    List.of(
                                            new Deadline.ByArrangement(
                                                    "по графику", Arrangement.SCHEDULE, Optional.empty()),
                                            new Deadline.InMonth("март", m(3)))),
                            new Deadline.Combined(
                                    "март / по графику",
                                    List.of(
                                            new Deadline.InMonth("март", m(3)),
                                            new Deadline.ByArrangement(
                                                    "по графику", Arrangement.REQUEST, Optional.empty())))),
                    variant(
                            new Deadline.Unparsed("Сентяьбря"),
                            new Deadline.Unparsed(copy("Сентяьбря")),
                            new Deadline.Unparsed("сентяьбря"),
                            new Deadline.Unparsed("Сентяьбря ")));
        }

        private static Arguments variant(Deadline value, Deadline equal, Deadline... different) {
            return arguments(Named.of(value.getClass().getSimpleName(), value), equal, List.of(different));
        }

        /** A string equal to {@code s} but not the same object. */
        private static String copy(String s) {
            return new String(s.toCharArray());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("variants")
        void equalsAValueOfTheSamePartsAndNoOther(Deadline value, Deadline equal, List<Deadline> different) {
            assertThat(value)
                    .isEqualTo(value)
                    .isEqualTo(equal)
                    .hasSameHashCodeAs(equal)
                    .isNotEqualTo(null);
            assertThat(equal).isEqualTo(value);
            for (Deadline d : different) {
                assertThat(value).isNotEqualTo(d);
                assertThat(d).isNotEqualTo(value);
            }
        }

        @Test
        void coversEveryVariant() {
            Set<Class<?>> covered = variants()
                    .map(a -> ((Named<?>) a.get()[0]).getPayload().getClass())
                    .collect(Collectors.toSet());

            assertThat(covered).containsExactlyInAnyOrder(Deadline.class.getPermittedSubclasses());
        }

        @Test
        void aMonthEqualsTheSameMonthWithTheSameYear() {
            MonthRef march = MonthRef.of(Month.MARCH);
            MonthRef march2022 = MonthRef.of(YearMonth.of(2022, 3));

            assertThat(march)
                    .isEqualTo(new MonthRef(Month.MARCH, Optional.empty()))
                    .hasSameHashCodeAs(m(3));
            assertThat(march2022)
                    .isEqualTo(new MonthRef(Month.MARCH, Optional.of(Year.of(2022))))
                    .hasSameHashCodeAs(ym(2022, 3));
            assertThat(march).isNotEqualTo(march2022).isNotEqualTo(m(4));
            assertThat(march2022).isNotEqualTo(ym(2023, 3)).isNotEqualTo(null);
            Set<MonthRef> set = new HashSet<>(List.of(march, m(3), march2022, ym(2022, 3)));
            assertThat(set).hasSize(2);
        }

        @Test
        void aMonthPrintsLikeTheFileFormat() {
            assertThat(m(3)).hasToString("--03");
            assertThat(ym(2022, 12)).hasToString("2022-12");
        }

        @Test
        void aMonthWithoutAYearResolvesToItsPlaceInThePeriod() {
            assertThat(m(3).resolve(DEC22_NOV23)).isEqualTo(YearMonth.of(2023, 3));
            assertThat(m(12).resolve(DEC22_NOV23)).isEqualTo(YearMonth.of(2022, 12));
            assertThat(m(11).resolve(DEC22_NOV23)).isEqualTo(YearMonth.of(2023, 11));
            assertThat(ym(2021, 3).resolve(DEC22_NOV23)).isEqualTo(YearMonth.of(2021, 3));
        }

        @Test
        void aMonthNeedsAMonthAndAnOptionalYear() {
            assertThatThrownBy(() -> new MonthRef(null, Optional.empty())).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new MonthRef(Month.MAY, null)).isInstanceOf(NullPointerException.class);
        }
    }
}
