package io.github.eduroadmap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProductionCalendarTests {

    private static final ProductionCalendar CIVIL = ProductionCalendar.russian();
    private static final ProductionCalendar LABOUR = ProductionCalendar.russian(CalendarProfile.LABOUR);

    /**
     * The facts table of the calendar brief, copied as printed: year | non-working weekdays | working Saturdays and
     * Sundays | presidential non-working weekdays | shortened days. The shipped resource must agree with it.
     */
    private static final String FACTS = """
            2020 | 01-01, 01-02, 01-03, 01-06, 01-07, 01-08, 02-24, 03-09, 05-01, 05-04, 05-05, 05-11, 06-12, 11-04 | — | 03-30, 03-31, 04-01, 04-02, 04-03, 04-06, 04-07, 04-08, 04-09, 04-10, 04-13, 04-14, 04-15, 04-16, 04-17, 04-20, 04-21, 04-22, 04-23, 04-24, 04-27, 04-28, 04-29, 04-30, 05-06, 05-07, 05-08, 06-24, 07-01 | 06-11, 11-03, 12-31
            2021 | 01-01, 01-04, 01-05, 01-06, 01-07, 01-08, 02-22, 02-23, 03-08, 05-03, 05-10, 06-14, 11-04, 11-05, 12-31 | 02-20 | 05-04, 05-05, 05-06, 05-07, 11-01, 11-02, 11-03 | 02-20, 04-30, 06-11
            2022 | 01-03, 01-04, 01-05, 01-06, 01-07, 02-23, 03-07, 03-08, 05-02, 05-03, 05-09, 05-10, 06-13, 11-04 | 03-05 | — | 02-22, 03-05, 11-03
            2023 | 01-02, 01-03, 01-04, 01-05, 01-06, 02-23, 02-24, 03-08, 05-01, 05-08, 05-09, 06-12, 11-06 | — | — | 02-22, 03-07, 11-03
            2024 | 01-01, 01-02, 01-03, 01-04, 01-05, 01-08, 02-23, 03-08, 04-29, 04-30, 05-01, 05-09, 05-10, 06-12, 11-04, 12-30, 12-31 | 04-27, 11-02, 12-28 | — | 02-22, 03-07, 05-08, 06-11, 11-02
            2025 | 01-01, 01-02, 01-03, 01-06, 01-07, 01-08, 05-01, 05-02, 05-08, 05-09, 06-12, 06-13, 11-03, 11-04, 12-31 | 11-01 | — | 03-07, 04-30, 06-11, 11-01
            2026 | 01-01, 01-02, 01-05, 01-06, 01-07, 01-08, 01-09, 02-23, 03-09, 05-01, 05-11, 06-12, 11-04, 12-31 | — | — | 04-30, 05-08, 06-11, 11-03
            """;

    /** The test vectors of the calendar brief: the 10th of a month that moves, and where it moves to. */
    private static final String MOVED_TENTHS = """
            2020 | 05-10 -> 05-12; 10-10 -> 10-12
            2021 | 01-10 -> 01-11; 04-10 -> 04-12; 05-10 -> 05-11; 07-10 -> 07-12; 10-10 -> 10-11
            2022 | 04-10 -> 04-11; 05-10 -> 05-11; 07-10 -> 07-11; 09-10 -> 09-12; 12-10 -> 12-12
            2023 | 06-10 -> 06-13; 09-10 -> 09-11; 12-10 -> 12-11
            2024 | 02-10 -> 02-12; 03-10 -> 03-11; 05-10 -> 05-13; 08-10 -> 08-12; 11-10 -> 11-11
            2025 | 05-10 -> 05-12; 08-10 -> 08-11
            2026 | 01-10 -> 01-12; 05-10 -> 05-12; 10-10 -> 10-12
            """;

    /** The fixed holidays of Labour Code art. 112 part 1. */
    private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(
            MonthDay.of(1, 1),
            MonthDay.of(1, 2),
            MonthDay.of(1, 3),
            MonthDay.of(1, 4),
            MonthDay.of(1, 5),
            MonthDay.of(1, 6),
            MonthDay.of(1, 7),
            MonthDay.of(1, 8),
            MonthDay.of(2, 23),
            MonthDay.of(3, 8),
            MonthDay.of(5, 1),
            MonthDay.of(5, 9),
            MonthDay.of(6, 12),
            MonthDay.of(11, 4));

    /** One row of the facts table. */
    record YearFacts(
            int year,
            Set<LocalDate> off,
            Set<LocalDate> working,
            Set<LocalDate> presidential,
            Set<LocalDate> shortened) {

        @Override
        public String toString() {
            return Integer.toString(year);
        }
    }

    static Stream<YearFacts> facts() {
        return FACTS.lines().map(line -> {
            String[] cells = line.split("\\|");
            int year = Integer.parseInt(cells[0].strip());
            return new YearFacts(
                    year, days(year, cells[1]), days(year, cells[2]), days(year, cells[3]), days(year, cells[4]));
        });
    }

    private static Set<LocalDate> days(int year, String cell) {
        String s = cell.strip();
        if (s.equals("—")) {
            return Set.of();
        }
        return Stream.of(s.split(","))
                .map(md -> MonthDay.parse("--" + md.strip()).atYear(year))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static Stream<LocalDate> daysOf(int year) {
        return LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1));
    }

    @Nested
    class DueDatesOfTheTenth {

        static Stream<Arguments> tenthOfEveryMonth() {
            Map<LocalDate, LocalDate> moves = new HashMap<>();
            MOVED_TENTHS.lines().forEach(line -> {
                String[] cells = line.split("\\|");
                int year = Integer.parseInt(cells[0].strip());
                for (String move : cells[1].split(";")) {
                    String[] ends = move.split("->");
                    moves.put(
                            MonthDay.parse("--" + ends[0].strip()).atYear(year),
                            MonthDay.parse("--" + ends[1].strip()).atYear(year));
                }
            });
            List<Arguments> cases = new ArrayList<>();
            for (int year = 2020; year <= 2026; year++) {
                for (int month = 1; month <= 12; month++) {
                    LocalDate tenth = LocalDate.of(year, month, 10);
                    cases.add(Arguments.of(YearMonth.of(year, month), moves.getOrDefault(tenth, tenth)));
                }
            }
            return cases.stream();
        }

        @Test
        void coversEightyFourMonthsOfWhichTwentyFiveMove() {
            List<Arguments> cases = tenthOfEveryMonth().collect(Collectors.toList());
            long moved = cases.stream()
                    .filter(a -> !((YearMonth) a.get()[0]).atDay(10).equals(a.get()[1]))
                    .count();

            assertThat(cases).hasSize(84);
            assertThat(moved).isEqualTo(25);
        }

        @ParameterizedTest(name = "{0}: due {1}")
        @MethodSource("tenthOfEveryMonth")
        void rollsTheTenthOfEveryMonthAsTheTableSays(YearMonth month, LocalDate expected) {
            LocalDate nominal = DueRule.TENTH_OF_FOLLOWING_MONTH.dueDateFor(
                    month.minusMonths(1).atEndOfMonth());

            DueDate due = CIVIL.rollForward(nominal);

            assertThat(nominal).isEqualTo(month.atDay(10));
            assertThat(due).isEqualTo(new DueDate(nominal, expected, false));
            assertThat(due.moved()).isEqualTo(!expected.equals(nominal));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("tenthOfEveryMonth")
        void rollsTheSameInTheLabourProfileExceptInApril2020(YearMonth month, LocalDate civil) {
            LocalDate expected = month.equals(YearMonth.of(2020, 4)) ? LocalDate.of(2020, 5, 12) : civil;

            assertThat(LABOUR.rollForward(month.atDay(10)).due()).isEqualTo(expected);
        }

        @Test
        void keepsACivilTermThatEndsOnAPresidentialNonWorkingDay() {
            LocalDate nominal = LocalDate.of(2020, 4, 10);

            assertThat(CIVIL.rollForward(nominal)).isEqualTo(new DueDate(nominal, nominal, false));
            assertThat(LABOUR.rollForward(nominal)).isEqualTo(new DueDate(nominal, LocalDate.of(2020, 5, 12), false));
        }

        @Test
        void movesOnlyTheLastDayOverAWholeRunOfDaysOff() {
            // 2024-12-29 is a Sunday, then 30-31 December and the New Year holidays to 8 January
            assertThat(CIVIL.rollForward(LocalDate.of(2024, 12, 29)).due()).isEqualTo(LocalDate.of(2025, 1, 9));
            // a working Saturday is a working day: nothing moves
            assertThat(CIVIL.rollForward(LocalDate.of(2024, 12, 28)).moved()).isFalse();
        }
    }

    @Nested
    class DataOfEveryYear {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.eduroadmap.model.ProductionCalendarTests#facts")
        void makesEveryListedNonWorkingWeekdayADayOff(YearFacts facts) {
            assertThat(facts.off()).isNotEmpty();
            for (LocalDate day : facts.off()) {
                DayKind expected =
                        FIXED_HOLIDAYS.contains(MonthDay.from(day)) ? DayKind.HOLIDAY : DayKind.TRANSFERRED_DAY_OFF;
                assertThat(isWeekend(day)).as("%s is a weekday", day).isFalse();
                assertThat(CIVIL.day(day)).isEqualTo(new DayInfo(day, expected, false, false, false));
                assertThat(LABOUR.day(day)).isEqualTo(new DayInfo(day, expected, false, false, false));
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.eduroadmap.model.ProductionCalendarTests#facts")
        void makesEveryListedWeekendDayAWorkingDay(YearFacts facts) {
            for (LocalDate day : facts.working()) {
                assertThat(isWeekend(day)).as("%s is a weekend day", day).isTrue();
                for (ProductionCalendar calendar : List.of(CIVIL, LABOUR)) {
                    DayInfo info = calendar.day(day);
                    assertThat(info.kind()).isEqualTo(DayKind.WORKING_WEEKEND);
                    assertThat(info.working()).isTrue();
                    assertThat(info.shortened()).isEqualTo(facts.shortened().contains(day));
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.eduroadmap.model.ProductionCalendarTests#facts")
        void makesPresidentialDaysWorkingOnlyForCivilTerms(YearFacts facts) {
            for (LocalDate day : facts.presidential()) {
                assertThat(CIVIL.day(day))
                        .isEqualTo(new DayInfo(day, DayKind.PRESIDENTIAL_NON_WORKING, true, false, false));
                assertThat(LABOUR.day(day))
                        .isEqualTo(new DayInfo(day, DayKind.PRESIDENTIAL_NON_WORKING, false, false, false));
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.eduroadmap.model.ProductionCalendarTests#facts")
        void answersEveryDayOfTheYearAsTheTableAndTheRulesSay(YearFacts facts) {
            daysOf(facts.year()).forEach(day -> {
                boolean civil = facts.working().contains(day)
                        || (!isWeekend(day) && !facts.off().contains(day));
                boolean labour = civil && !facts.presidential().contains(day);
                DayInfo info = CIVIL.day(day);

                assertThat(info.working()).as("%s working", day).isEqualTo(civil);
                assertThat(CIVIL.isWorkingDay(day)).isEqualTo(civil);
                assertThat(LABOUR.isWorkingDay(day))
                        .as("%s working in labour", day)
                        .isEqualTo(labour);
                assertThat(info.shortened())
                        .as("%s shortened", day)
                        .isEqualTo(facts.shortened().contains(day));
                assertThat(info.estimated()).isFalse();
                if (!facts.off().contains(day) && !facts.working().contains(day)) {
                    DayKind plain = FIXED_HOLIDAYS.contains(MonthDay.from(day))
                            ? DayKind.HOLIDAY
                            : isWeekend(day)
                                    ? DayKind.WEEKEND
                                    : facts.presidential().contains(day)
                                            ? DayKind.PRESIDENTIAL_NON_WORKING
                                            : DayKind.WORKING;
                    assertThat(info.kind()).as("%s kind", day).isEqualTo(plain);
                }
            });
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            // year, working days for civil terms, in labour relations; 365 or 366 days minus the Saturdays and
            // Sundays, minus the non-working weekdays, plus the working Saturdays (minus the presidential days)
            "2020, 248, 219", // 366 - 104 - 14; labour - 29
            "2021, 247, 240", // 365 - 104 - 15 + 1; labour - 7
            "2022, 247, 247", // 365 - 105 - 14 + 1
            "2023, 247, 247", // 365 - 105 - 13
            "2024, 248, 248", // 366 - 104 - 17 + 3
            "2025, 247, 247", // 365 - 104 - 15 + 1
            "2026, 247, 247" //  365 - 104 - 14
        })
        void countsTheWorkingDaysOfEveryYear(int year, int civil, int labour) {
            LocalDate start = LocalDate.of(year, 1, 1);
            LocalDate end = start.plusYears(1);

            assertThat(CIVIL.workingDaysBetween(start, end)).isEqualTo(new WorkingDayCount(civil, false));
            assertThat(LABOUR.workingDaysBetween(start, end)).isEqualTo(new WorkingDayCount(labour, false));
        }

        @ParameterizedTest(name = "{0}: {1} hours")
        @CsvSource({"2022, 1973", "2023, 1973", "2024, 1979", "2025, 1972", "2026, 1972"})
        void givesTheHoursOfAFortyHourWeek(int year, int hours) {
            // 8 hours a working day, one hour less on a shortened day. 2020 and 2021 are left out: the data does
            // not list the shortened days the President made non-working (2020-04-30, 2020-05-08, 2021-11-03),
            // so the civil-profile sums (1981 and 1973) differ from the official norms (1979 and 1972).
            int sum = daysOf(year)
                    .map(CIVIL::day)
                    .mapToInt(d -> d.working() ? (d.shortened() ? 7 : 8) : 0)
                    .sum();

            assertThat(sum).isEqualTo(hours);
        }

        @Test
        void countsTheWorkingDaysOfEveryMonthOf2022() {
            int[] counts = IntStream.rangeClosed(1, 12)
                    .map(m -> CIVIL.workingDaysBetween(
                                    LocalDate.of(2022, m, 1),
                                    LocalDate.of(2022, m, 1).plusMonths(1))
                            .days())
                    .toArray();

            assertThat(counts).containsExactly(16, 19, 22, 21, 18, 21, 21, 23, 22, 21, 21, 22);
        }
    }

    @Nested
    class YearsWithoutData {

        @Test
        void knowsWhichYearsItHasDataFor() {
            assertThat(CIVIL.coveredYears()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
            assertThat(CIVIL.hasDataFor(2019)).isFalse();
            assertThat(CIVIL.hasDataFor(2020)).isTrue();
            assertThat(CIVIL.hasDataFor(2026)).isTrue();
            assertThat(CIVIL.hasDataFor(2027)).isFalse();
        }

        @Test
        void estimatesFromTheFixedHolidaysAndTheWeekends() {
            assertThat(CIVIL.day(LocalDate.of(2027, 1, 7)))
                    .isEqualTo(new DayInfo(LocalDate.of(2027, 1, 7), DayKind.HOLIDAY, false, false, true));
            assertThat(CIVIL.day(LocalDate.of(2027, 1, 9)))
                    .isEqualTo(new DayInfo(LocalDate.of(2027, 1, 9), DayKind.WEEKEND, false, false, true));
            assertThat(CIVIL.day(LocalDate.of(2027, 1, 11)))
                    .isEqualTo(new DayInfo(LocalDate.of(2027, 1, 11), DayKind.WORKING, true, false, true));
            assertThat(CIVIL.day(LocalDate.of(2019, 5, 9)))
                    .isEqualTo(new DayInfo(LocalDate.of(2019, 5, 9), DayKind.HOLIDAY, false, false, true));
            // a working day before a fixed holiday is estimated shortened (Labour Code art. 95)
            assertThat(CIVIL.day(LocalDate.of(2019, 12, 31)))
                    .isEqualTo(new DayInfo(LocalDate.of(2019, 12, 31), DayKind.WORKING, true, true, true));
            assertThat(CIVIL.isWorkingDay(LocalDate.of(2027, 1, 7))).isFalse();
        }

        @Test
        void estimatesTheSameInBothProfiles() {
            daysOf(2027).forEach(day -> assertThat(LABOUR.day(day)).isEqualTo(CIVIL.day(day)));
        }

        @Test
        void flagsADueDateThatLeavesTheData() {
            assertThat(CIVIL.rollForward(LocalDate.of(2027, 1, 10)))
                    .isEqualTo(new DueDate(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 11), true));
            // 2026-12-31 is a day off by the data; 1-10 January 2027 are estimated
            assertThat(CIVIL.rollForward(LocalDate.of(2026, 12, 31)))
                    .isEqualTo(new DueDate(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 11), true));
            assertThat(CIVIL.rollForward(LocalDate.of(2026, 12, 30)))
                    .isEqualTo(new DueDate(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 30), false));
            // a working day in a year without data is not moved, but still only an estimate
            assertThat(CIVIL.rollForward(LocalDate.of(2019, 6, 10)))
                    .isEqualTo(new DueDate(LocalDate.of(2019, 6, 10), LocalDate.of(2019, 6, 10), true));
        }

        @Test
        void flagsAWalkOrACountThatTouchesAYearWithoutData() {
            assertThat(CIVIL.nextWorkingDay(LocalDate.of(2019, 12, 27)).estimated())
                    .isTrue();
            // the days examined after 2019-12-31 all lie in 2020
            assertThat(CIVIL.nextWorkingDay(LocalDate.of(2019, 12, 31)))
                    .isEqualTo(new DayInfo(LocalDate.of(2020, 1, 9), DayKind.WORKING, true, false, false));
            assertThat(CIVIL.plusWorkingDays(LocalDate.of(2026, 12, 30), 1))
                    .isEqualTo(new DayInfo(LocalDate.of(2027, 1, 11), DayKind.WORKING, true, false, true));
            assertThat(CIVIL.plusWorkingDays(LocalDate.of(2020, 1, 9), -1).estimated())
                    .isTrue();
            assertThat(CIVIL.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1)))
                    .isEqualTo(new WorkingDayCount(22, false));
            assertThat(CIVIL.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 2)))
                    .isEqualTo(new WorkingDayCount(22, true));
        }
    }

    @Nested
    class WorkingDayArithmetic {

        @Test
        void stepsOverTheNewYearHolidays() {
            LocalDate before = LocalDate.of(2025, 12, 30);

            assertThat(CIVIL.plusWorkingDays(before, 1).date()).isEqualTo(LocalDate.of(2026, 1, 12));
            assertThat(CIVIL.plusWorkingDays(before, 2).date()).isEqualTo(LocalDate.of(2026, 1, 13));
            assertThat(CIVIL.plusWorkingDays(LocalDate.of(2026, 1, 12), -1).date())
                    .isEqualTo(before);
            assertThat(CIVIL.nextWorkingDay(LocalDate.of(2024, 12, 27)).date()).isEqualTo(LocalDate.of(2024, 12, 28));
            assertThat(CIVIL.nextWorkingDay(LocalDate.of(2024, 12, 28)).date()).isEqualTo(LocalDate.of(2025, 1, 9));
        }

        @Test
        void returnsTheDayItselfForZeroWorkingDays() {
            LocalDate holiday = LocalDate.of(2025, 1, 7);

            assertThat(CIVIL.plusWorkingDays(holiday, 0)).isEqualTo(CIVIL.day(holiday));
        }

        @Test
        void countsNothingInAnEmptyRangeAndRefusesAReversedOne() {
            LocalDate day = LocalDate.of(2024, 6, 3);

            assertThat(CIVIL.workingDaysBetween(day, day)).isEqualTo(new WorkingDayCount(0, false));
            assertThatThrownBy(() -> CIVIL.workingDaysBetween(day, day.minusDays(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2024-06-03");
        }

        @Test
        void agreesWithItselfOnRandomDaysAndCounts() {
            SplittableRandom random = new SplittableRandom(20260101L);
            // far enough from the ends of the data that 100 working days stay inside it, in both profiles
            LocalDate first = LocalDate.of(2020, 9, 1);
            int span = (int) (LocalDate.of(2026, 6, 1).toEpochDay() - first.toEpochDay());
            for (ProductionCalendar calendar : List.of(CIVIL, LABOUR)) {
                for (int i = 0; i < 2000; i++) {
                    LocalDate day = first.plusDays(random.nextInt(span));
                    int n = random.nextInt(-100, 101);
                    DayInfo reached = calendar.plusWorkingDays(day, n);
                    String what = calendar.profile() + " " + day + " " + n;

                    assertThat(reached.estimated()).as(what).isFalse();
                    if (n > 0) {
                        assertThat(reached.working()).as(what).isTrue();
                        assertThat(calendar.workingDaysBetween(
                                                day.plusDays(1), reached.date().plusDays(1))
                                        .days())
                                .as(what)
                                .isEqualTo(n);
                    } else if (n < 0) {
                        assertThat(reached.working()).as(what).isTrue();
                        assertThat(calendar.workingDaysBetween(reached.date(), day)
                                        .days())
                                .as(what)
                                .isEqualTo(-n);
                    }
                    LocalDate rolled = calendar.isWorkingDay(day)
                            ? day
                            : calendar.nextWorkingDay(day).date();
                    assertThat(calendar.rollForward(day).due()).as(what).isEqualTo(rolled);
                }
            }
        }
    }

    @Nested
    class EndOfTheLastDay {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            // Primorsky Krai; Khabarovsk Krai keeps the same time, zone Asia/Vladivostok in the tz database
            "Asia/Vladivostok, 2024-05-13T14:00:00Z",
            "Europe/Moscow, 2024-05-13T21:00:00Z",
            "Asia/Kamchatka, 2024-05-13T12:00:00Z"
        })
        void endsAt24LocalTimeOfTheActingParty(String zone, String instant) {
            DueDate due = CIVIL.rollForward(LocalDate.of(2024, 5, 10));

            assertThat(due.due()).isEqualTo(LocalDate.of(2024, 5, 13));
            assertThat(due.deadlineInstant(ZoneId.of(zone))).isEqualTo(Instant.parse(instant));
            assertThat(ProductionCalendar.deadlineInstant(due.due(), ZoneId.of(zone)))
                    .isEqualTo(Instant.parse(instant));
        }
    }

    @Nested
    class Values {

        @Test
        void comparesDayInfoByValue() {
            LocalDate day = LocalDate.of(2024, 4, 27);
            DayInfo a = new DayInfo(day, DayKind.WORKING_WEEKEND, true, false, false);

            assertThat(CIVIL.day(day)).isEqualTo(a).hasSameHashCodeAs(a);
            assertThat(a).isNotEqualTo(new DayInfo(day, DayKind.WORKING_WEEKEND, true, false, true));
            assertThat(a).isNotEqualTo(new DayInfo(day.plusDays(1), DayKind.WORKING_WEEKEND, true, false, false));
        }

        @Test
        void comparesDueDatesByValue() {
            DueDate a = new DueDate(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 13), false);

            assertThat(CIVIL.rollForward(LocalDate.of(2024, 5, 10)))
                    .isEqualTo(a)
                    .hasSameHashCodeAs(a);
            assertThat(a).isNotEqualTo(new DueDate(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 13), true));
            assertThat(a.moved()).isTrue();
            assertThat(new DueDate(a.due(), a.due(), false).moved()).isFalse();
        }

        @Test
        void comparesCountsByValue() {
            WorkingDayCount a = new WorkingDayCount(21, false);

            assertThat(a).isEqualTo(new WorkingDayCount(21, false)).hasSameHashCodeAs(new WorkingDayCount(21, false));
            assertThat(a).isNotEqualTo(new WorkingDayCount(21, true));
        }

        @Test
        void refusesMeaninglessValues() {
            LocalDate day = LocalDate.of(2024, 5, 9);

            assertThatThrownBy(() -> new DayInfo(day, DayKind.HOLIDAY, true, false, false))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new DayInfo(day, DayKind.WORKING, false, false, false))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new DayInfo(day, DayKind.PRESIDENTIAL_NON_WORKING, false, true, false))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new DayInfo(null, DayKind.WORKING, true, false, false))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new DueDate(day, day.minusDays(1), false))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new WorkingDayCount(-1, false)).isInstanceOf(IllegalArgumentException.class);
        }

        @ParameterizedTest
        @EnumSource(DayKind.class)
        void tellsWhichKindsAreWorkingInEachProfile(DayKind kind) {
            boolean civil = Set.of(DayKind.WORKING, DayKind.WORKING_WEEKEND, DayKind.PRESIDENTIAL_NON_WORKING)
                    .contains(kind);
            boolean labour = Set.of(DayKind.WORKING, DayKind.WORKING_WEEKEND).contains(kind);

            assertThat(kind.isWorkingIn(CalendarProfile.CIVIL_TERMS)).isEqualTo(civil);
            assertThat(kind.isWorkingIn(CalendarProfile.LABOUR)).isEqualTo(labour);
        }

        @Test
        void comparesCalendarsByProfileAndData() {
            assertThat(ProductionCalendar.russian())
                    .isEqualTo(ProductionCalendar.russian(CalendarProfile.CIVIL_TERMS))
                    .hasSameHashCodeAs(ProductionCalendar.russian(CalendarProfile.CIVIL_TERMS))
                    .isNotEqualTo(LABOUR);
            assertThat(CIVIL.profile()).isEqualTo(CalendarProfile.CIVIL_TERMS);
            assertThat(LABOUR.profile()).isEqualTo(CalendarProfile.LABOUR);
            assertThat(LABOUR.toString()).contains("LABOUR", "2020..2026");
        }
    }
}
